using Microsoft.AspNetCore.Mvc;

namespace PublishingPortal.Web.Media;

/// <summary>
/// The "Ảnh của bài" panel of the article editor: the lead photo, how many figures still miss their
/// photo, and links to the article's photo page (choose the lead photo, attach photos, insert a figure
/// from the library). Its projection is <see cref="MediaLibrary.ArticlePhotosSummaryAsync"/> (one query).
/// </summary>
[ViewComponent(Name = Name)]
public sealed class ArticlePhotosSummaryViewComponent : ViewComponent
{
    /// <summary>The component's name for <c>Component.InvokeAsync</c>.</summary>
    public const string Name = "ArticlePhotosSummary";

    private readonly MediaLibrary _library;

    /// <summary>Creates the component.</summary>
    /// <param name="library">The media library (the article's photo summary).</param>
    public ArticlePhotosSummaryViewComponent(MediaLibrary library)
    {
        _library = library;
    }

    /// <summary>Renders the panel.</summary>
    /// <param name="articleId">Article id.</param>
    /// <returns>The panel.</returns>
    public async Task<IViewComponentResult> InvokeAsync(int articleId)
    {
        return View(
            "~/Areas/Admin/Views/Media/_ArticlePhotosSummary.cshtml",
            await _library.ArticlePhotosSummaryAsync(articleId, HttpContext.RequestAborted));
    }
}
