namespace PublishingPortal.Core.Site;

/// <summary>
/// A site page ("Trang": Giới thiệu, Liên hệ…): Markdown body rendered like an article's, at
/// <c>/trang/{slug}</c> in Vietnamese or, for an English version, at <c>/en/{slug}</c>. An English version is its
/// own row pointing at the Vietnamese page (<see cref="VietnamesePageId"/>); a Vietnamese page has at most one.
/// </summary>
public sealed class SitePage
{
    /// <summary>Longest title (characters).</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Longest slug (characters).</summary>
    public const int SlugMaxLength = 100;

    /// <summary>Longest Markdown body (characters).</summary>
    public const int BodyMaxLength = 100_000;

    /// <summary>Vietnamese, the site's language.</summary>
    public const string Vietnamese = "vi";

    /// <summary>English (Decree 42/2022 art. 7: organisation and contact information in English).</summary>
    public const string English = "en";

    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary><see cref="Vietnamese"/> or <see cref="English"/>.</summary>
    public string Language { get; set; } = Vietnamese;

    /// <summary>URL segment, unique per language (lower-case ASCII, digits, hyphens).</summary>
    public string Slug { get; set; } = "";

    /// <summary>Title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Markdown source (the article editor's dialect).</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitised HTML rendered from <see cref="BodyMarkdown"/> when saved.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Position in the footer and menu, ascending.</summary>
    public int SortOrder { get; set; }

    /// <summary>Listed in the footer.</summary>
    public bool ShowInFooter { get; set; }

    /// <summary>Listed in the header menu.</summary>
    public bool ShowInMenu { get; set; }

    /// <summary>For an English version: the Vietnamese page it translates; null for a Vietnamese page.</summary>
    public int? VietnamesePageId { get; set; }

    /// <summary>The Vietnamese page, for an English version.</summary>
    public SitePage? VietnamesePage { get; set; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
