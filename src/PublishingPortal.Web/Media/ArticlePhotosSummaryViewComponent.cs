using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Areas.Admin.Models.Media;

namespace PublishingPortal.Web.Media;

/// <summary>
/// The "Ảnh của bài" panel of the article editor: the lead photo, how many figures still miss their
/// photo, and links to the article's photo page (choose the lead photo, attach photos, insert a figure
/// from the library). One query.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class ArticlePhotosSummaryViewComponent : ViewComponent
{
    /// <summary>The component's name for <c>Component.InvokeAsync</c>.</summary>
    public const string Name = "ArticlePhotosSummary";

    private readonly PortalDbContext _db;

    /// <summary>Creates the component.</summary>
    /// <param name="db">The request's context.</param>
    public ArticlePhotosSummaryViewComponent(PortalDbContext db)
    {
        _db = db;
    }

    /// <summary>Renders the panel.</summary>
    /// <param name="articleId">Article id.</param>
    /// <returns>The panel.</returns>
    public async Task<IViewComponentResult> InvokeAsync(int articleId)
    {
        var figures = await _db.Figures.AsNoTracking().Where(f => f.ArticleId == articleId)
            .Select(f => new { f.Order, f.ImagePath, f.Width, f.Height, f.Caption })
            .ToListAsync(HttpContext.RequestAborted);
        var lead = figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder && f.ImagePath != null);
        var body = figures.Where(f => f.Order != LeadPhoto.FigureOrder).ToList();
        return View(
            "~/Areas/Admin/Views/Media/_ArticlePhotosSummary.cshtml",
            new ArticlePhotosSummary(articleId, lead?.ImagePath, lead?.Width, lead?.Height, lead?.Caption ?? "", body.Count, body.Count(f => f.ImagePath == null)));
    }
}
