using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Site;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Controllers;

/// <summary>The home page: lead story, latest news, "Đọc nhiều" and one block per section.</summary>
public sealed class HomeController : Controller
{
    /// <summary>Number of articles in the latest-news list.</summary>
    public const int LatestCount = 20;

    private readonly ArticleQueries _queries;
    private readonly SiteOptions _site;
    private readonly SiteSettingsStore _settings;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    /// <param name="site">Home page settings.</param>
    /// <param name="settings">Site settings editors change live: which section blocks, in which order (issue 11).</param>
    public HomeController(ArticleQueries queries, IOptions<SiteOptions> site, SiteSettingsStore settings)
    {
        _settings = settings;
        _queries = queries;
        _site = site.Value;
    }

    /// <summary>
    /// GET <c>/</c>: a fixed number of queries (lead, latest, most read, sections, one per section block); the blocks
    /// are the sections chosen in the site settings, in their order, or by default the first sections in menu order.
    /// </summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The home page.</returns>
    [HttpGet(ReaderUrls.HomeTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var lead = await _queries.LeadStoryAsync(cancellationToken);
        var latest = await _queries.LatestAsync(LatestCount + 1, cancellationToken);
        var mostRead = await _queries.MostReadAsync(_site.MostReadCount, TimeSpan.FromDays(_site.MostReadDays), cancellationToken);
        var chosen = HomeSectionList.Parse((await _settings.GetAsync(cancellationToken)).Settings.HomeSectionIds);
        var blocks = await _queries.SectionBlocksAsync(chosen, _site.HomeSections, _site.HomeSectionSize, cancellationToken);
        var rest = latest.Where(i => i.Slug != lead?.Slug).Take(LatestCount).ToList();
        ReaderCache.IsList(HttpContext);
        return View(new HomePage(lead, rest, mostRead, blocks));
    }
}
