namespace PublishingPortal.Core.Auditing;

/// <summary>Names of audited actions (<see cref="AuditEntry.Action"/>), with their Vietnamese labels.</summary>
public static class AuditActions
{
    /// <summary>Successful sign-in.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Failed sign-in (wrong password, unknown account, wrong code).</summary>
    public const string SignInFailed = "sign-in-failed";

    /// <summary>Account locked out after repeated failures.</summary>
    public const string LockedOut = "locked-out";

    /// <summary>Sign-out.</summary>
    public const string SignOut = "sign-out";

    /// <summary>Article created.</summary>
    public const string ArticleCreated = "article-created";

    /// <summary>Article saved.</summary>
    public const string ArticleSaved = "article-saved";

    /// <summary>Workflow transition (details name it).</summary>
    public const string ArticleTransition = "article-transition";

    /// <summary>Revision restored.</summary>
    public const string RevisionRestored = "revision-restored";

    /// <summary>Article imported from a legacy portal export (by the import command, as the system).</summary>
    public const string ArticleImported = "article-imported";

    /// <summary>Article deleted for ever.</summary>
    public const string ArticlePurged = "article-purged";

    /// <summary>User created.</summary>
    public const string UserCreated = "user-created";

    /// <summary>Roles of a user changed.</summary>
    public const string RolesChanged = "roles-changed";

    /// <summary>The sections an account may write, edit or publish in changed (issue 11; details "before → after").</summary>
    public const string SectionRightsChanged = "section-rights-changed";

    /// <summary>Two-factor sign-in turned on or off.</summary>
    public const string TwoFactorChanged = "two-factor-changed";

    /// <summary>A user's display name changed by an Administrator.</summary>
    public const string UserUpdated = "user-updated";

    /// <summary>A lockout cleared by an Administrator.</summary>
    public const string UserUnlocked = "user-unlocked";

    /// <summary>A user changed their own password.</summary>
    public const string PasswordChanged = "password-changed";

    /// <summary>A password-reset link was mailed to an account (target "User:{id}").</summary>
    public const string PasswordResetRequested = "password-reset-requested";

    /// <summary>A password was set with a reset link (target "User:{id}").</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>A section was created, edited, moved or deleted (details say which; target "Category:{id}").</summary>
    public const string CategoryChanged = "category-changed";

    /// <summary>A tag was renamed, merged into another or deleted (target "Tag:{id}").</summary>
    public const string TagChanged = "tag-changed";

    /// <summary>Every action with its Vietnamese label, for filters.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(Media.MediaAuditActions.Labels.Concat(Site.SiteAuditActions.Labels))
    {
        [SignIn] = "Đăng nhập",
        [SignInFailed] = "Đăng nhập thất bại",
        [LockedOut] = "Khoá tài khoản",
        [SignOut] = "Đăng xuất",
        [ArticleCreated] = "Tạo bài",
        [ArticleSaved] = "Lưu bài",
        [ArticleTransition] = "Chuyển trạng thái",
        [RevisionRestored] = "Khôi phục phiên bản",
        [ArticleImported] = "Nhập bài",
        [ArticlePurged] = "Xoá vĩnh viễn",
        [UserCreated] = "Tạo tài khoản",
        [RolesChanged] = "Đổi vai trò",
        [SectionRightsChanged] = "Đổi chuyên mục được phân quyền",
        [TwoFactorChanged] = "Xác thực hai lớp",
        [UserUpdated] = "Sửa tài khoản",
        [UserUnlocked] = "Mở khoá tài khoản",
        [PasswordChanged] = "Đổi mật khẩu",
        [PasswordResetRequested] = "Yêu cầu đặt lại mật khẩu",
        [PasswordReset] = "Đặt lại mật khẩu",
        [CategoryChanged] = "Sửa chuyên mục",
        [TagChanged] = "Sửa từ khóa",
    };
}
