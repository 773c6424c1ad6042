using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Site;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Site pages for readers: <c>/trang/{slug}</c> in Vietnamese and <c>/en/{slug}</c> in English (Decree
/// 42/2022/NĐ-CP art. 7), output-cached like article pages and dropped on any page or settings change
/// (<see cref="SiteSettingsStore.EvictAsync"/>). Unknown slugs are 404.
/// </summary>
public sealed partial class PagesController : Controller
{
    private readonly SitePages _pages;

    /// <summary>Creates the controller.</summary>
    /// <param name="pages">The pages service.</param>
    public PagesController(SitePages pages)
    {
        _pages = pages;
    }

    /// <summary>GET <c>/trang/{slug}</c>.</summary>
    /// <param name="slug">The page's slug.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet(ReaderUrls.SitePageTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public Task<IActionResult> Vietnamese(string slug, CancellationToken cancellationToken) =>
        ShowAsync(SitePage.Vietnamese, slug, cancellationToken);

    /// <summary>GET <c>/en/{slug}</c>.</summary>
    /// <param name="slug">The English version's slug.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet(ReaderUrls.EnglishPageTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public Task<IActionResult> English(string slug, CancellationToken cancellationToken) =>
        ShowAsync(SitePage.English, slug, cancellationToken);

    private async Task<IActionResult> ShowAsync(string language, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > SitePage.SlugMaxLength || !SlugShape().IsMatch(slug))
        {
            return NotFound();
        }

        var found = await _pages.ReaderPageAsync(language, slug, cancellationToken);
        return found is { } f ? View("Show", new SitePageView(f.Page, f.Other)) : NotFound();
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SlugShape();
}
