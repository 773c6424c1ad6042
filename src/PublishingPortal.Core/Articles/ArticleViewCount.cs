namespace PublishingPortal.Core.Articles;

/// <summary>
/// How many times readers opened an article. Kept apart from <see cref="Article"/> so counting never
/// touches the article's concurrency token (an editor's save is never refused because of readers).
/// </summary>
public class ArticleViewCount
{
    /// <summary>The article (also the key).</summary>
    public int ArticleId { get; set; }

    /// <summary>Views counted so far (bots excluded).</summary>
    public long Views { get; set; }
}
