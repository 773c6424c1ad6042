namespace PublishingPortal.Core.Search;

/// <summary>
/// Searches articles for readers. Implementations (SQLite FTS5 now; PostgreSQL with unaccent and tsvector,
/// SQL Server full-text later) must: match <see cref="SearchPhrase.FoldedTokens"/> as one phrase of consecutive
/// folded tokens in the title, lead or body; when <see cref="SearchPhrase.HasDiacritics"/>, rank articles where
/// the exact tokens occur as a phrase above the others; and return only articles readers may see at the time of
/// the query (Published, publication instant not in the future, not expired), checked against the articles
/// themselves, not only the index.
/// </summary>
public interface IArticleSearch
{
    /// <summary>Runs a search.</summary>
    /// <param name="request">Phrase, filters and page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The total number of matches and the requested page (empty past the last page).</returns>
    Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default);
}
