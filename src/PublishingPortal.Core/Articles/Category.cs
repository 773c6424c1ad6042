namespace PublishingPortal.Core.Articles;

/// <summary>A section of the portal (Chuyên mục), e.g. "Thời sự".</summary>
public class Category
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>Display name in Vietnamese, NFC.</summary>
    public string Name { get; set; } = "";

    /// <summary>ASCII slug, unique among categories.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Position in menus, ascending.</summary>
    public int SortOrder { get; set; }
}
