namespace PublishingPortal.Core.Search;

/// <summary>What to search for.</summary>
/// <param name="Phrase">The checked query.</param>
public sealed record ArticleSearchRequest(SearchPhrase Phrase)
{
    /// <summary>Largest page size accepted.</summary>
    public const int MaxPageSize = 50;

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
