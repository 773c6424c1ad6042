using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Search;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Search;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// The search page <c>/tim-kiem?q=…</c> (filters <c>chuyenmuc</c>, <c>tu</c>, <c>den</c>; page <c>trang</c>).
/// Bad input is answered 200 with a Vietnamese message; a page number that is not a positive whole number
/// redirects (301) to page 1, one past the last page is 404, as on section pages. Not output-cached: every
/// query string is a different page, and caching them would let anyone fill the cache with junk queries.
/// Also the header box's title suggestions, <c>/tim-kiem/goi-y?q=…</c> (JSON).
/// </summary>
public sealed class SearchController : Controller
{
    private readonly SearchPageQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Search page queries.</param>
    public SearchController(SearchPageQueries queries)
    {
        _queries = queries;
    }

    /// <summary>GET <c>/tim-kiem</c>.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, a redirect to page 1, or 404 past the last page.</returns>
    [HttpGet(ReaderUrls.SearchTemplate)]
    [OutputCache(PolicyName = DependencyInjection.SearchPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(Request.Query);
        if (query.PageInvalid)
        {
            return RedirectPermanent(query.Url(1));
        }

        var page = await _queries.BuildAsync(query, cancellationToken);
        if (page.Searched && page.Paging.IsPastEnd)
        {
            return NotFound();
        }

        return View(page);
    }

    /// <summary>
    /// GET <c>/tim-kiem/goi-y?q=…</c>: a JSON list of at most <see cref="IArticleSuggestions.MaxCount"/>
    /// <c>{"title", "url"}</c> of visible articles whose title holds the words, the last one as a prefix; an empty list
    /// for input that cannot be suggested for (<see cref="SearchSuggestionRequest"/>). Output-cached per <c>q</c>,
    /// evicted with the reader lists.
    /// </summary>
    /// <param name="suggestions">The database's suggestions.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 with the list.</returns>
    [HttpGet(ReaderUrls.SearchSuggestionsTemplate)]
    [OutputCache(PolicyName = DependencyInjection.SearchSuggestionsPolicy)]
    public async Task<IActionResult> Suggestions([FromServices] IArticleSuggestions suggestions, CancellationToken cancellationToken)
    {
        var tokens = SearchSuggestionRequest.Tokens(Request.Query[SearchQuery.TextKey]);
        if (tokens.Count == 0)
        {
            return Json(Array.Empty<SearchSuggestionItem>());
        }

        var found = await suggestions.SuggestAsync(tokens, cancellationToken);
        return Json(found.Select(s => new SearchSuggestionItem(s.Title, ReaderUrls.Article(s.Slug))).ToList());
    }
}
