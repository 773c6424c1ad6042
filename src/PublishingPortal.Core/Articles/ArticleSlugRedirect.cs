namespace PublishingPortal.Core.Articles;

/// <summary>
/// A slug an article was published under before; requests for it are answered with
/// 301 Moved Permanently to the current slug. Unique across all articles.
/// </summary>
public class ArticleSlugRedirect
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The former slug.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The article the slug now redirects to.</summary>
    public int ArticleId { get; set; }
}
