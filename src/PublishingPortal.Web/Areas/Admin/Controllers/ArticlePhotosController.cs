using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Areas.Admin.Models.Media;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// An article's photos, <c>/admin/bai-viet/{id}/anh</c>: the lead photo, the figures (imported
/// "photo missing" ones first to catch the eye), and the library to choose from; then, for a chosen
/// photo, <c>/admin/bai-viet/{id}/anh/{mediaId}</c> offers to make it the lead photo, insert it as a
/// new figure at the end of the body, or attach it to an existing figure. Whoever may edit the
/// article may do this (the resource-based policy, 403 otherwise).
/// </summary>
public sealed class ArticlePhotosController : AdminController
{
    private readonly ArticlePhotoEditor _editor;
    private readonly MediaLibrary _library;
    private readonly IAuthorizationService _authorization;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to an article's photos.</param>
    /// <param name="library">The media library.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    public ArticlePhotosController(ArticlePhotoEditor editor, MediaLibrary library, IAuthorizationService authorization)
    {
        _editor = editor;
        _library = library;
        _authorization = authorization;
    }

    /// <summary>GET <c>/admin/bai-viet/{id}/anh?hinh=N&amp;q=…&amp;trang=N</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="hinh">The figure a photo is being chosen for, if any.</param>
    /// <param name="q">Library search words.</param>
    /// <param name="trang">Library page from 1; anything else shows page 1, past the end the last page.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, 403 or 404.</returns>
    [HttpGet(AdminUrls.ArticlePhotosTemplate)]
    public async Task<IActionResult> Index(int id, string? hinh, string? q, string? trang, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            return Forbid();
        }

        int? target = int.TryParse(hinh, NumberStyles.None, CultureInfo.InvariantCulture, out var order) && article.Figures.Any(f => f.Order == order && order != LeadPhoto.FigureOrder)
            ? order
            : null;
        var library = await _library.ListAsync(q, false, Paging.ParseClampedPageNumber(trang), cancellationToken);
        return View(new ArticlePhotosPage(
            article.Id,
            article.Title,
            article.Status,
            article.Figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder),
            article.Figures.Where(f => f.Order != LeadPhoto.FigureOrder).OrderBy(f => f.Order).ToList(),
            library,
            target));
    }

    /// <summary>GET <c>/admin/bai-viet/{id}/anh/{mediaId}?hinh=N</c>: the three ways to place the photo, prefilled.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="mediaId">Library photo id.</param>
    /// <param name="hinh">Figure to preselect for "attach".</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page, 403 or 404.</returns>
    [HttpGet(AdminUrls.ArticlePhotoUseTemplate)]
    public async Task<IActionResult> Use(int id, int mediaId, string? hinh, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        var photo = await _library.FindAsync(mediaId, cancellationToken);
        if (article is null || photo is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            return Forbid();
        }

        int? order = int.TryParse(hinh, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var figure = article.Figures.FirstOrDefault(f => f.Order == order && order != LeadPhoto.FigureOrder);
        var form = new PhotoPlacementModel
        {
            MediaId = photo.Id,
            Order = figure?.Order,
            AltText = figure is { AltText.Length: > 0 } ? figure.AltText : photo.AltText,
            IsDecorative = figure is { AltText.Length: > 0 } ? false : photo.IsDecorative,
            Caption = photo.Caption,
            Credit = photo.Credit,
        };
        return View(UsePage(article, photo, form, null));
    }

    /// <summary>POST <c>/admin/bai-viet/{id}/anh/dai-dien</c>: makes the photo the lead photo.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="form">Photo, alt text, caption, credit.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the article's photos, the form with messages (400), 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePhotoSetLeadTemplate)]
    public Task<IActionResult> SetLead(int id, PhotoPlacementModel form, CancellationToken cancellationToken) =>
        PlaceAsync(id, form, "dai-dien", (article, photo) =>
            _editor.SetLeadAsync(article, photo, form.Alt, form.Caption ?? "", form.Credit, cancellationToken: cancellationToken), "Đã đặt ảnh đại diện.", cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/anh/chen</c>: inserts the photo as a new figure at the end of the body.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="form">Photo, alt text, caption, credit.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect, the form with messages (400), 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePhotoInsertTemplate)]
    public Task<IActionResult> Insert(int id, PhotoPlacementModel form, CancellationToken cancellationToken) =>
        PlaceAsync(id, form, "chen", (article, photo) =>
            _editor.InsertAsync(article, photo, form.Alt, form.Caption ?? "", form.Credit, cancellationToken),
            "Đã chèn ảnh vào cuối nội dung bài. Có thể chuyển khối ảnh (^^^ … ^^^) đến chỗ khác trong trang sửa bài.", cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/anh/gan</c>: attaches the photo to figure <c>Order</c> (its caption and credit stay).</summary>
    /// <param name="id">Article id.</param>
    /// <param name="form">Photo, figure order, alt text.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect, the form with messages (400), 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePhotoAttachTemplate)]
    public Task<IActionResult> Attach(int id, PhotoPlacementModel form, CancellationToken cancellationToken)
    {
        if (form.Order is null)
        {
            ModelState.AddModelError(nameof(PhotoPlacementModel.Order), "Hãy chọn ảnh trong bài cần gắn.");
        }

        // Blank alt text keeps the figure's own (or takes the photo's): the editor decides, below.
        ModelState.Remove(nameof(PhotoPlacementModel.AltText));
        return PlaceAsync(id, form, "gan", (article, photo) =>
            _editor.AttachAsync(article, form.Order ?? -1, photo, form.AltText, form.IsDecorative, cancellationToken), "Đã gắn ảnh.", cancellationToken);
    }

    /// <summary>POST <c>/admin/bai-viet/{id}/anh/bo-dai-dien</c>: removes the lead photo (the library keeps the photo).</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePhotoRemoveLeadTemplate)]
    public async Task<IActionResult> RemoveLead(int id, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            return Forbid();
        }

        Flash(await _editor.RemoveLeadAsync(article, cancellationToken: cancellationToken) ?? "Đã bỏ ảnh đại diện.");
        return Redirect(AdminUrls.ArticlePhotos(id));
    }

    private async Task<IActionResult> PlaceAsync(
        int id, PhotoPlacementModel form, string action, Func<Article, MediaAsset, Task<string?>> place, string done, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        var photo = await _library.FindAsync(form.MediaId, cancellationToken);
        if (article is null || photo is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var refusal = await place(article, photo);
            if (refusal is null)
            {
                Flash(done);
                return Redirect(AdminUrls.ArticlePhotos(id));
            }

            ModelState.AddModelError("", refusal);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var fresh = await _editor.FindAsync(id, cancellationToken) ?? article;
        return View(nameof(Use), UsePage(fresh, photo, form, action));
    }

    private static ArticlePhotoUsePage UsePage(Article article, MediaAsset photo, PhotoPlacementModel form, string? failedAction) =>
        new(article.Id, article.Title, photo, article.Figures.Where(f => f.Order != LeadPhoto.FigureOrder).OrderBy(f => f.Order).ToList(), form, failedAction);
}
