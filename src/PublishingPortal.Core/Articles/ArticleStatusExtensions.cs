namespace PublishingPortal.Core.Articles;

/// <summary>Questions asked of an <see cref="ArticleStatus"/> in more than one place.</summary>
public static class ArticleStatusExtensions
{
    /// <summary>
    /// Whether the state faces readers: <see cref="ArticleStatus.Published"/> (shown now, within its times) or
    /// <see cref="ArticleStatus.Scheduled"/> (shown from its time on without another editor action). A change to
    /// an article that is or was public evicts the cached reader pages; such an article must keep a publication
    /// time; only a public article can be taken down. What a reader sees at an instant is <see cref="ReaderVisibility"/>.
    /// </summary>
    /// <param name="status">The state.</param>
    /// <returns>True for Published and Scheduled.</returns>
    public static bool IsPublic(this ArticleStatus status) => status is ArticleStatus.Published or ArticleStatus.Scheduled;
}
