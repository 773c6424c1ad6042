using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>Deployment settings of the site, section <c>Site</c>.</summary>
public sealed class SiteOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Site";

    /// <summary>Site name shown in the header, titles and Open Graph <c>og:site_name</c>.</summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Name { get; set; } = "Cổng Tin tức PublishingPortal";

    /// <summary>IANA time zone for display and for dates typed by editors (default Asia/Ho_Chi_Minh, UTC+7).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// Public base URL (scheme and host, no trailing slash) used where no request is at hand,
    /// e.g. the URLs printed by the import command.
    /// </summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Seed categories and demo articles into an empty database at start (default true).</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>Folder for uploaded and generated media, relative to the content root (default <c>App_Data/media</c>).</summary>
    [Required]
    public string MediaPath { get; set; } = "App_Data/media";

    /// <summary>Number of section blocks on the home page, in section order (0–20, default 6).</summary>
    [Range(0, 20)]
    public int HomeSections { get; set; } = 6;

    /// <summary>Articles in each home-page section block (1–20, default 4).</summary>
    [Range(1, 20)]
    public int HomeSectionSize { get; set; } = 4;

    /// <summary>Articles in "Đọc nhiều" (1–50, default 5).</summary>
    [Range(1, 50)]
    public int MostReadCount { get; set; } = 5;

    /// <summary>Days back "Đọc nhiều" looks (1–365, default 30).</summary>
    [Range(1, 365)]
    public int MostReadDays { get; set; } = 30;

    /// <summary>Seconds an anonymous page may be served from the output cache (default 60).</summary>
    [Range(0, 86400)]
    public int OutputCacheSeconds { get; set; } = 60;
}
