namespace PublishingPortal.Core.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">Matching articles readers may see, over all pages.</param>
/// <param name="Hits">The requested page, best first.</param>
public sealed record ArticleSearchResults(int Total, IReadOnlyList<ArticleSearchHit> Hits);
