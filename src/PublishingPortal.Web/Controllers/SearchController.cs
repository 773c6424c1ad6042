using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Search;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// The search page <c>/tim-kiem?q=…</c> (filters <c>chuyenmuc</c>, <c>tu</c>, <c>den</c>; page <c>trang</c>).
/// Bad input is answered 200 with a Vietnamese message; a page number that is not a positive whole number
/// redirects (301) to page 1, one past the last page is 404, as on section pages. Not output-cached: every
/// query string is a different page, and caching them would let anyone fill the cache with junk queries.
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
}
