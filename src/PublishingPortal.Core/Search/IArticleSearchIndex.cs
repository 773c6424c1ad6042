namespace PublishingPortal.Core.Search;

/// <summary>
/// Keeps a search index in step with the articles. The index is derived data: it can be dropped and rebuilt
/// from the articles at any time. Saves made through the data layer update it by themselves; code that changes
/// an article's title, lead or body without saving the entity (bulk SQL) calls <see cref="UpsertAsync"/>.
/// Implementations that search without an index do nothing here.
/// </summary>
public interface IArticleSearchIndex
{
    /// <summary>
    /// Creates the index if it is missing, rebuilds it when its format changed, and indexes articles it lacks
    /// (a database from before search, or rows added behind the data layer's back); run at start-up.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the index covers every article.</returns>
    Task EnsureReadyAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops every entry and indexes all articles again.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number of articles indexed.</returns>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the entries of some articles.</summary>
    /// <param name="documents">The articles' text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when written.</returns>
    Task UpsertAsync(IReadOnlyCollection<ArticleSearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes the entries of deleted articles; unknown ids are ignored.</summary>
    /// <param name="articleIds">Article ids.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when written.</returns>
    Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default);
}
