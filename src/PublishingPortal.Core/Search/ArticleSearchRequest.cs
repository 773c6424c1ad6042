namespace PublishingPortal.Core.Search;

/// <summary>What to search for.</summary>
/// <param name="Phrase">The checked query.</param>
public sealed record ArticleSearchRequest(SearchPhrase Phrase)
{
    /// <summary>Largest page size accepted.</summary>
    public const int MaxPageSize = 50;

    /// <summary>
    /// Most matching articles a query ranks (issue 12, speed at 100,000 articles): the matches readers may see,
    /// filters applied, with the highest article ids (ids grow with creation, and full-text indexes walk them
    /// newest-first cheaply). Above it <see cref="ArticleSearchResults.Total"/> is this figure and
    /// <see cref="ArticleSearchResults.MoreThanWindow"/> is true. Every database applies it the same way.
    /// </summary>
    public const int RankWindow = 1000;

    /// <summary>Every term (the default) or the "Kết quả gần đúng" fallback; exclusions apply to both.</summary>
    public SearchMatch Match { get; init; } = SearchMatch.AllTerms;

    /// <summary>Only articles of the category with this slug; null for all.</summary>
    public string? CategorySlug { get; init; }

    /// <summary>Only articles published at or after this UTC instant; null for no lower bound.</summary>
    public DateTimeOffset? PublishedFrom { get; init; }

    /// <summary>Only articles published strictly before this UTC instant; null for no upper bound.</summary>
    public DateTimeOffset? PublishedBefore { get; init; }

    /// <summary>1-based page number; a page past the end gives no hits (and the true total).</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;
}
