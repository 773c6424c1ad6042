namespace PublishingPortal.Core.Site;

/// <summary>
/// The agency's identity as editors set it at <c>/admin/cai-dat-trang</c>: one row (id <see cref="SingletonId"/>).
/// The footer shows it as the identity block Decree 42/2022/NĐ-CP art. 7 asks of state portals (agency, address,
/// phone, e-mail, the person responsible for content, licence). Deployment settings stay in configuration.
/// </summary>
public sealed class SiteSettings
{
    /// <summary>The only row's id.</summary>
    public const int SingletonId = 1;

    /// <summary>Longest site name (characters).</summary>
    public const int SiteNameMaxLength = 200;

    /// <summary>Longest agency name, address, responsible person or licence (characters).</summary>
    public const int TextMaxLength = 300;

    /// <summary>Longest phone number as typed (characters).</summary>
    public const int PhoneMaxLength = 30;

    /// <summary>Longest e-mail address (characters, RFC 5321's path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Longest footer or social link list as stored (characters, one "label | URL" a line).</summary>
    public const int LinksMaxLength = 4000;

    /// <summary>Always <see cref="SingletonId"/>.</summary>
    public int Id { get; set; } = SingletonId;

    /// <summary>Site name in the header and page titles (1–200 characters).</summary>
    public string SiteName { get; set; } = "";

    /// <summary>Media-library id of the logo, or null for none.</summary>
    public int? LogoMediaId { get; set; }

    /// <summary>Web path of the logo's stored variant (e.g. <c>/media/…/640.jpg</c>), or null for none.</summary>
    public string? LogoPath { get; set; }

    /// <summary>Governing agency ("Cơ quan chủ quản"), empty when not set.</summary>
    public string AgencyName { get; set; } = "";

    /// <summary>Postal address.</summary>
    public string Address { get; set; } = "";

    /// <summary>Phone number as shown (digits, spaces, <c>+ . ( ) -</c>).</summary>
    public string Phone { get; set; } = "";

    /// <summary>Contact e-mail address.</summary>
    public string Email { get; set; } = "";

    /// <summary>The person responsible for content ("Chịu trách nhiệm nội dung").</summary>
    public string ResponsiblePerson { get; set; } = "";

    /// <summary>Licence number and issuer ("Giấy phép").</summary>
    public string Licence { get; set; } = "";

    /// <summary>Footer links, one "label | https://…" a line (see <see cref="SiteLink.Parse"/>).</summary>
    public string FooterLinks { get; set; } = "";

    /// <summary>Social links, one "label | https://…" a line.</summary>
    public string SocialLinks { get; set; } = "";

    /// <summary>Longest stored list of home-page section blocks (characters).</summary>
    public const int HomeSectionsMaxLength = 1000;

    /// <summary>
    /// The sections shown as blocks on the home page, in order: section ids separated by commas (e.g. <c>"4,1,7"</c>).
    /// Empty means the default: the first sections in menu order (<see cref="Articles.Category.SortOrder"/>), as many as
    /// the deployment's <c>Site:HomeSections</c> says, the behaviour before the list could be set (issue 11). At most
    /// <see cref="HomeSectionList.MaxBlocks"/> ids; ids of deleted sections are skipped when read.
    /// </summary>
    public string HomeSectionIds { get; set; } = "";

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
