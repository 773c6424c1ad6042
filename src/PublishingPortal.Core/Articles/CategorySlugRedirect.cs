namespace PublishingPortal.Core.Articles;

/// <summary>
/// A slug a section had before a rename; <c>/chuyen-muc/{old}</c> answers 301 Moved Permanently to the
/// current slug. Unique across all sections.
/// </summary>
public class CategorySlugRedirect
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The former slug.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The section the slug now redirects to.</summary>
    public int CategoryId { get; set; }
}
