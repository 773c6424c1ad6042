namespace PublishingPortal.Core.Workflow;

/// <summary>
/// The newsroom's roles (ASP.NET Core Identity role names) and their Vietnamese UI names.
/// A draft goes Reporter → Editor → Publisher; the Administrator may do everything.
/// </summary>
public static class NewsroomRoles
{
    /// <summary>Quản trị: everything, plus users, roles, categories, settings.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Duyệt bài: approve and publish, schedule, unpublish; never their own article.</summary>
    public const string Publisher = "Publisher";

    /// <summary>
    /// Biên tập viên: edit any article outside the trash (a correction to a live one waits for a publisher), pass a
    /// submitted one on (Chuyển duyệt), send back with a reason, submit.
    /// </summary>
    public const string Editor = "Editor";

    /// <summary>Phóng viên: create drafts, edit own drafts and own returned pieces, submit to the desk.</summary>
    public const string Reporter = "Reporter";

    /// <summary>All roles, most powerful first.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Publisher, Editor, Reporter];

    /// <summary>The Vietnamese name of a role.</summary>
    /// <param name="role">A role name from <see cref="All"/>.</param>
    /// <returns>e.g. "Duyệt bài"; the input itself for an unknown role.</returns>
    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị",
        Publisher => "Duyệt bài",
        Editor => "Biên tập viên",
        Reporter => "Phóng viên",
        _ => role,
    };

    /// <summary>One Vietnamese line saying what the role may do, shown under its checkbox on the account forms.</summary>
    /// <param name="role">A role name from <see cref="All"/>.</param>
    /// <returns>The sentence; an empty string for an unknown role.</returns>
    public static string Description(string role) => role switch
    {
        Administrator => "Quản lý tài khoản, vai trò và cấu hình; xem nhật ký hệ thống.",
        Publisher => "Duyệt và xuất bản, hẹn giờ, gỡ bài; trả bài về kèm lý do.",
        Editor => "Biên tập bài người khác gửi, chuyển duyệt hoặc trả lại kèm lý do; sửa bài đang đăng chờ người duyệt.",
        Reporter => "Viết bài, lưu nháp và gửi biên tập; chỉ sửa bài của mình.",
        _ => "",
    };
}
