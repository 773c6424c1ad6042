using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.ViewComponents;

/// <summary>
/// The legacy <c>Block_BanTin_ViewData</c>: <c>&lt;article&gt;</c> with title, time, lead, body with
/// figures and captions, byline at the end, source, and the article URL for print.
/// </summary>
[ViewComponent(Name = BlockNames.BanTinViewData)]
public sealed class BanTinViewDataViewComponent : ViewComponent
{
    private readonly SiteTimeZone _timeZone;

    /// <summary>Creates the component.</summary>
    /// <param name="timeZone">Site time zone for the time line.</param>
    public BanTinViewDataViewComponent(SiteTimeZone timeZone)
    {
        _timeZone = timeZone;
    }

    /// <summary>Renders one article.</summary>
    /// <param name="article">The article's page projection.</param>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke(ArticlePage article)
    {

        return View(new ArticleBlockModel(
            article,
            _timeZone.FormatDateTime(article.PublishedAt),
            _timeZone.FormatIso(article.PublishedAt),
            _timeZone.FormatGmtOffset(article.PublishedAt),
            $"{Request.Scheme}://{Request.Host}{article.Path}"));
    }
}
