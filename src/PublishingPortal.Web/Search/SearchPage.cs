using PublishingPortal.Core.Listing;

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

    /// <summary>True when no article holds every term and these are the articles holding most of them ("Kết quả gần đúng").</summary>
    public bool Approximate { get; init; }

    /// <summary>True when more than <see cref="PublishingPortal.Core.Search.ArticleSearchRequest.RankWindow"/> articles match; only the newest of them are ranked.</summary>
    public bool MoreThanWindow { get; init; }

    /// <summary>This page's results, best first.</summary>
    public IReadOnlyList<SearchResultItem> Items { get; init; } = [];

    /// <summary>The page asked for (<see cref="SearchQuery.Page"/>, possibly past the end) among <see cref="Total"/> matches, <see cref="SearchQuery.PageSize"/> a page.</summary>
    public Paging Paging => Paging.At(Query.Page, SearchQuery.PageSize, Total);
}
