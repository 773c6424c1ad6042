namespace PublishingPortal.Core.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">Matching articles readers may see, over all pages, counted up to
/// <see cref="ArticleSearchRequest.RankWindow"/>: when more match, <see cref="MoreThanWindow"/> is true and Total is the window.</param>
/// <param name="Hits">The requested page, best first.</param>
public sealed record ArticleSearchResults(int Total, IReadOnlyList<ArticleSearchHit> Hits)
{
    /// <summary>
    /// True when the results come from <see cref="SearchMatch.MostTerms"/> (the "Kết quả gần đúng" fallback):
    /// articles that hold some but not necessarily all of the terms. Set by the caller that ran the fallback.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// True when more than <see cref="ArticleSearchRequest.RankWindow"/> articles match: only the newest
    /// <see cref="ArticleSearchRequest.RankWindow"/> of them were ranked and <see cref="Total"/> equals the window.
    /// </summary>
    public bool MoreThanWindow { get; init; }
}
