using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.ViewComponents;

/// <summary>
/// The legacy <c>Block_BanTin_Toolbar</c>: publication date (dd/MM/yyyy, site time zone), font-size
/// controls that work without JavaScript, print and share links.
/// </summary>
[ViewComponent(Name = BlockNames.BanTinToolbar)]
public sealed class BanTinToolbarViewComponent : ViewComponent
{
    private readonly SiteTimeZone _timeZone;

    /// <summary>Creates the component.</summary>
    /// <param name="timeZone">Site time zone for the date.</param>
    public BanTinToolbarViewComponent(SiteTimeZone timeZone)
    {
        _timeZone = timeZone;
    }

    /// <summary>Renders the toolbar for one article.</summary>
    /// <param name="article">The article's page projection.</param>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke(ArticlePage article)
    {
        var url = $"{Request.Scheme}://{Request.Host}{article.Path}";
        return View(new ToolbarModel(
            _timeZone.FormatDate(article.PublishedAt),
            _timeZone.FormatIso(article.PublishedAt),
            article.Path,
            ReaderUrls.ArticleFile(article.Slug),
            url,
            article.Title));
    }
}
