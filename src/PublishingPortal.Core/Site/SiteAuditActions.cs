namespace PublishingPortal.Core.Site;

/// <summary>Audit actions of site settings and site pages (targets <c>SiteSettings</c>, <c>SitePage:{id}</c>).</summary>
public static class SiteAuditActions
{
    /// <summary>Site settings changed (details list the fields).</summary>
    public const string SettingsChanged = "site-settings-changed";

    /// <summary>A site page created.</summary>
    public const string PageCreated = "site-page-created";

    /// <summary>A site page saved.</summary>
    public const string PageSaved = "site-page-saved";

    /// <summary>A site page deleted.</summary>
    public const string PageDeleted = "site-page-deleted";

    /// <summary>Every action with its Vietnamese label.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [SettingsChanged] = "Đổi cài đặt trang",
        [PageCreated] = "Tạo trang",
        [PageSaved] = "Lưu trang",
        [PageDeleted] = "Xoá trang",
    };
}
