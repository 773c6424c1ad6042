using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Web.Articles;

namespace PublishingPortal.Web.Controllers;

/// <summary>The home page: latest published articles.</summary>
public sealed class HomeController : Controller
{
    /// <summary>Number of articles listed on the home page.</summary>
    public const int LatestCount = 20;

    private readonly ArticleQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    public HomeController(ArticleQueries queries)
    {
        _queries = queries;
    }

    /// <summary>GET <c>/</c>.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The home page.</returns>
    [HttpGet("/")]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await _queries.LatestAsync(LatestCount, cancellationToken).ConfigureAwait(false));
}
