namespace PublishingPortal.Web.Search;

/// <summary>Everything the search page shows.</summary>
public sealed class SearchPage
{
    /// <summary>The parsed query (for the form and the pager).</summary>
    public required SearchQuery Query { get; init; }

    /// <summary>Categories for the filter, in menu order.</summary>
    public required IReadOnlyList<SearchCategoryOption> Categories { get; init; }

    /// <summary>Problems with the query, in Vietnamese; when any, nothing was searched.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>Whether a search ran (a usable query and no errors).</summary>
    public bool Searched { get; init; }

    /// <summary>Matches over all pages.</summary>
    public int Total { get; init; }

    /// <summary>This page's results, best first.</summary>
    public IReadOnlyList<SearchResultItem> Items { get; init; } = [];

    /// <summary>Number of pages, 0 when nothing matched.</summary>
    public int PageCount => (Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize;
}
