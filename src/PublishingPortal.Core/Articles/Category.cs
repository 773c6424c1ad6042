namespace PublishingPortal.Core.Articles;

/// <summary>
/// A section (Chuyên mục), e.g. "Thời sự". Sections nest one level only: a section with a
/// <see cref="ParentId"/> has a parent that has none (issue 11, "Tin tức › Thời sự").
/// </summary>
public class Category
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Maximum length of <see cref="Description"/>.</summary>
    public const int DescriptionMaxLength = 1000;

    /// <summary>Maximum length of <see cref="MetaDescription"/> (search engines show about 160 characters).</summary>
    public const int MetaDescriptionMaxLength = 300;

    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>Display name in Vietnamese, NFC.</summary>
    public string Name { get; set; } = "";

    /// <summary>ASCII slug, unique among categories.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Position among its siblings (top-level sections, or the children of one parent), ascending from 1.</summary>
    public int SortOrder { get; set; }

    /// <summary>The parent section, or null for a top-level one; the parent itself never has a parent.</summary>
    public int? ParentId { get; set; }

    /// <summary>Whether readers see the section in the header menu.</summary>
    public bool ShowInMenu { get; set; } = true;

    /// <summary>Introduction shown on the section page (plain text), or empty.</summary>
    public string Description { get; set; } = "";

    /// <summary>The section page's <c>&lt;meta name="description"&gt;</c> (plain text), or empty for a generated one.</summary>
    public string MetaDescription { get; set; } = "";

    /// <summary>Slugs the section was reachable under before; each answers with a 301 to <see cref="Slug"/>.</summary>
    public List<CategorySlugRedirect> OldSlugs { get; } = [];

    /// <summary>
    /// Gives the section a new slug, keeping the current one as a redirect (as <see cref="Article.ChangeSlug"/> does).
    /// </summary>
    /// <param name="newSlug">A slug the caller has checked is free.</param>
    public void ChangeSlug(string newSlug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSlug);
        if (newSlug == Slug)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Slug) && OldSlugs.TrueForAll(o => o.Slug != Slug))
        {
            OldSlugs.Add(new CategorySlugRedirect { Slug = Slug });
        }

        OldSlugs.RemoveAll(o => o.Slug == newSlug);
        Slug = newSlug;
    }
}
