using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The edit form's photos in one step (issue 10; the contract with the editor is <c>data-photo-*</c> on the form):
/// add a file or a library photo as a new body figure, describe a body figure in place, list the library as JSON,
/// and choose or remove the lead photo. Every answer is JSON: 200 with the shape each action names, or 4xx
/// <c>{"error": Vietnamese message}</c> with nothing created or changed. Uploads go through
/// <see cref="MediaLibrary.UploadAsync"/> (same checks, limits, variants and audit as the library page; the body
/// size is capped by <see cref="MediaUploadLimitMiddleware"/>), article changes through <see cref="ArticlePhotoEditor"/>
/// (one write path: revision or audit entry, reader pages evicted). Permission: the Edit right on the article, as
/// <see cref="ArticlePhotosController"/> (403 otherwise); anonymous requests get 401 (the cookie handler answers
/// scripts so).
/// </summary>
public sealed class ArticleBodyPhotosController : AdminController
{
    /// <summary>Shown when neither a file nor a library photo was sent.</summary>
    public const string NothingChosenMessage = "Chưa chọn ảnh: hãy gửi một tệp ảnh hoặc chọn một ảnh trong thư viện.";

    /// <summary>Shown when the library photo named does not exist.</summary>
    public const string UnknownPhotoMessage = "Không tìm thấy ảnh này trong thư viện (có thể vừa bị xoá).";

    private readonly ArticlePhotoEditor _editor;
    private readonly MediaLibrary _library;
    private readonly MediaMarkup _markup;
    private readonly CurrentEditor _current;
    private readonly IAuthorizationService _authorization;
    private MediaAsset? _uploadedNow;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to an article's photos.</param>
    /// <param name="library">The media library.</param>
    /// <param name="markup">Stored and thumbnail paths.</param>
    /// <param name="current">The uploader, named in the library.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    public ArticleBodyPhotosController(
        ArticlePhotoEditor editor, MediaLibrary library, MediaMarkup markup, CurrentEditor current, IAuthorizationService authorization)
    {
        _editor = editor;
        _library = library;
        _markup = markup;
        _current = current;
        _authorization = authorization;
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/anh-trong-bai</c>: multipart <c>file</c> (uploaded to the library first) or
    /// <c>mediaId</c> → a new body figure (order one past the highest). The body text is the editor's to change.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>
    /// 200 <c>{order, src, width, height, alt, caption, credit}</c>; 400 (no file, not an image, unknown photo), 413
    /// (too big), 403, 404, 409 (the article changed meanwhile) with <c>{error}</c>.
    /// </returns>
    [HttpPost(AdminUrls.ArticleBodyPhotoAddTemplate)]
    public async Task<IActionResult> Add(int id, CancellationToken cancellationToken)
    {
        var (article, refused) = await ArticleAsync(id, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        var (photo, error) = await PhotoAsync(null, cancellationToken);
        if (photo is null)
        {
            return error!;
        }

        var (figure, refusal) = await _editor.AddBodyFigureAsync(article, photo, cancellationToken);
        if (figure is null)
        {
            await ForgetUploadAsync(photo);
            return Refuse(refusal!, refusal == ArticlePhotoEditor.ConflictMessage ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        return Json(new
        {
            order = figure.Order,
            src = figure.ImagePath,
            width = figure.Width,
            height = figure.Height,
            alt = figure.AltText,
            caption = figure.Caption,
            credit = figure.Credit ?? "",
        });
    }

    /// <summary>POST <c>/admin/bai-viet/{id}/anh-trong-bai/{order}</c>: urlencoded <c>alt</c>, <c>caption</c>, <c>credit</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="order">Body figure order.</param>
    /// <param name="alt">Alt text (at most <see cref="MediaAsset.AltTextMaxLength"/> characters; may be empty).</param>
    /// <param name="caption">Caption (at most <see cref="Figure.CaptionMaxLength"/>).</param>
    /// <param name="credit">Credit without "Ảnh:" (at most <see cref="MediaAsset.CreditMaxLength"/>).</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 <c>{ok: true}</c>; 400 (too long), 404 (no such article or figure), 403, 409 with <c>{error}</c>.</returns>
    [HttpPost(AdminUrls.ArticleBodyPhotoDetailsTemplate)]
    public async Task<IActionResult> Details(int id, int order, string? alt, string? caption, string? credit, CancellationToken cancellationToken)
    {
        var (article, refused) = await ArticleAsync(id, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        if (LengthRefusal(alt, caption, credit) is { } tooLong)
        {
            return Refuse(tooLong, StatusCodes.Status400BadRequest);
        }

        var refusal = await _editor.DescribeBodyFigureAsync(article, order, alt ?? "", caption ?? "", credit, cancellationToken);
        return refusal switch
        {
            null => Json(new { ok = true }),
            ArticlePhotoEditor.NoSuchFigureMessage => Refuse(refusal, StatusCodes.Status404NotFound),
            ArticlePhotoEditor.ConflictMessage => Refuse(refusal, StatusCodes.Status409Conflict),
            _ => Refuse(refusal, StatusCodes.Status400BadRequest),
        };
    }

    /// <summary>GET <c>/admin/anh/chon?q=…&amp;trang=N</c>: one page of the library, newest first, for the editor's picker.</summary>
    /// <param name="q">Search words (accents optional).</param>
    /// <param name="trang">Page from 1; anything else is page 1, past the end the last page.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 <c>{items: [{mediaId, src, thumb, width, height, alt, caption, credit}], nextPage: N | null}</c>.</returns>
    [HttpGet(AdminUrls.MediaPickerTemplate)]
    public async Task<IActionResult> Library(string? q, string? trang, CancellationToken cancellationToken)
    {
        var list = await _library.ListAsync(q, false, Paging.ParseClampedPageNumber(trang), cancellationToken);
        return Json(new
        {
            items = list.Items.Select(m => new
            {
                mediaId = m.Id,
                src = _markup.StoredPath(m.Key),
                thumb = _markup.ThumbnailPath(m.Key),
                width = m.Width,
                height = m.Height,
                alt = m.IsDecorative ? "" : m.AltText,
                caption = m.Caption,
                credit = m.Credit ?? "",
            }),
            nextPage = list.Paging.Page < list.Paging.PageCount ? list.Paging.Page + 1 : (int?)null,
        });
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/anh-dai-dien</c>: the lead photo from multipart <c>file</c>, <c>mediaId</c> or a body
    /// figure's <c>order</c>, with <c>alt</c> (required unless the photo or figure has one), <c>caption</c>, <c>credit</c>,
    /// and the form's <c>version</c>: a save made since by someone else refuses it (409), so the form never hides a
    /// conflict.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 <c>{version, lead: {src, alt, caption, credit}}</c>; 400, 403, 404, 409, 413 with <c>{error}</c>.</returns>
    [HttpPost(AdminUrls.ArticleLeadPhotoTemplate)]
    public async Task<IActionResult> SetLead(int id, CancellationToken cancellationToken)
    {
        var (article, refused) = await ArticleAsync(id, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        string? Field(string name) => form is null ? null : form[name].ToString();
        if (!Guid.TryParse(Field("version"), out var version))
        {
            return Refuse("Thiếu mã phiên bản của bài. Hãy tải lại trang.", StatusCodes.Status400BadRequest);
        }

        if (version != article.Version)
        {
            // Checked before a file is stored; the UPDATE compares it again for a save made in between.
            return Refuse(ArticlePhotoEditor.ConflictMessage, StatusCodes.Status409Conflict);
        }

        var alt = Field("alt")?.Trim();
        var caption = Field("caption");
        var credit = Field("credit");
        if (LengthRefusal(alt, caption, credit) is { } tooLong)
        {
            return Refuse(tooLong, StatusCodes.Status400BadRequest);
        }

        string? refusal;
        if (int.TryParse(Field("order"), NumberStyles.None, CultureInfo.InvariantCulture, out var order))
        {
            refusal = await _editor.SetLeadFromFigureAsync(article, order, alt, version, cancellationToken);
        }
        else
        {
            // Checked before an upload stores anything: a photo without a description is refused whole.
            var mediaId = Field("mediaId");
            var known = form?.Files.GetFile("file") is null && int.TryParse(mediaId, NumberStyles.None, CultureInfo.InvariantCulture, out var mid)
                ? await _library.FindAsync(mid, cancellationToken)
                : null;
            if (string.IsNullOrEmpty(alt) && (known is null || known.NeedsAltText))
            {
                return Refuse(MediaLibrary.AltRequiredMessage, StatusCodes.Status400BadRequest);
            }

            var (photo, error) = await PhotoAsync(form, cancellationToken);
            if (photo is null)
            {
                return error!;
            }

            refusal = await _editor.SetLeadAsync(
                article, photo, string.IsNullOrEmpty(alt) ? photo.AltText : alt, caption ?? photo.Caption, string.IsNullOrEmpty(credit) ? photo.Credit : credit,
                version, cancellationToken);
            if (refusal is not null)
            {
                await ForgetUploadAsync(photo);
            }
        }

        if (refusal is not null)
        {
            return Refuse(refusal, refusal switch
            {
                ArticlePhotoEditor.ConflictMessage => StatusCodes.Status409Conflict,
                ArticlePhotoEditor.NoSuchFigureMessage => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            });
        }

        var lead = article.Figures.First(f => f.Order == LeadPhoto.FigureOrder);
        return Json(new
        {
            version = article.Version.ToString("D"),
            lead = new { src = lead.ImagePath, thumb = lead.ImagePath, alt = lead.AltText, caption = lead.Caption, credit = lead.Credit ?? "" },
        });
    }

    /// <summary>POST <c>/admin/bai-viet/{id}/anh-dai-dien/bo</c> with the form's <c>version</c>: removes the lead photo.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="version">The version the form was loaded at.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 <c>{version}</c>; 400, 403, 404, 409 with <c>{error}</c>.</returns>
    [HttpPost(AdminUrls.ArticleLeadPhotoRemoveTemplate)]
    public async Task<IActionResult> RemoveLead(int id, string? version, CancellationToken cancellationToken)
    {
        var (article, refused) = await ArticleAsync(id, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        if (!Guid.TryParse(version, out var formVersion))
        {
            return Refuse("Thiếu mã phiên bản của bài. Hãy tải lại trang.", StatusCodes.Status400BadRequest);
        }

        var refusal = await _editor.RemoveLeadAsync(article, formVersion, cancellationToken);
        return refusal is null
            ? Json(new { version = article.Version.ToString("D") })
            : Refuse(refusal, refusal == ArticlePhotoEditor.ConflictMessage ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    // The article (tracked, with figures) when it exists and the user may edit it; else the JSON refusal.
    private async Task<(Article? Article, IActionResult? Refused)> ArticleAsync(int id, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return (null, Refuse("Không tìm thấy bài viết.", StatusCodes.Status404NotFound));
        }

        return await _authorization.MayAsync(User, article, WorkflowAction.Edit)
            ? (article, null)
            : (null, Refuse($"Bạn không sửa được bài này: {WorkflowRefusal.Reason(User, WorkflowAction.Edit, article)}", StatusCodes.Status403Forbidden));
    }

    // The photo the request names: a file (uploaded to the library now) or a library photo id.
    private async Task<(MediaAsset? Photo, IActionResult? Refused)> PhotoAsync(IFormCollection? form, CancellationToken cancellationToken)
    {
        form ??= Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        if (form?.Files.GetFile("file") is { } file)
        {
            var (userId, userName, _) = await _current.GetAsync(cancellationToken);
            await using var stream = file.OpenReadStream();
            var uploaded = await _library.UploadAsync(stream, file.FileName, MediaDetails.None, userId, userName, cancellationToken);
            _uploadedNow = uploaded.Asset;
            return uploaded.Asset is { } asset
                ? (asset, null)
                : (null, Refuse(uploaded.Error!, uploaded.Error == ImageInspector.TooLargeMessage(uploaded.FileName, _library.Limits.MaxBytes)
                    ? StatusCodes.Status413PayloadTooLarge
                    : StatusCodes.Status400BadRequest));
        }

        var mediaId = form?["mediaId"].ToString();
        if (string.IsNullOrEmpty(mediaId))
        {
            return (null, Refuse(NothingChosenMessage, StatusCodes.Status400BadRequest));
        }

        var photo = int.TryParse(mediaId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? await _library.FindAsync(n, cancellationToken) : null;
        return photo is null ? (null, Refuse(UnknownPhotoMessage, StatusCodes.Status404NotFound)) : (photo, null);
    }

    // A file uploaded by this request whose placement was then refused: it leaves nothing behind.
    private async Task ForgetUploadAsync(MediaAsset photo)
    {
        if (_uploadedNow?.Id == photo.Id)
        {
            await _library.RemoveUnusedAsync(photo, CancellationToken.None);
        }
    }

    // The photo details page's length rules (PhotoPlacementModel), refused rather than cut.
    private static string? LengthRefusal(string? alt, string? caption, string? credit) =>
        (alt?.Length ?? 0) > MediaAsset.AltTextMaxLength ? string.Create(CultureInfo.InvariantCulture, $"Mô tả ảnh dài quá {MediaAsset.AltTextMaxLength} ký tự.")
        : (caption?.Length ?? 0) > Figure.CaptionMaxLength ? string.Create(CultureInfo.InvariantCulture, $"Chú thích dài quá {Figure.CaptionMaxLength} ký tự.")
        : (credit?.Length ?? 0) > MediaAsset.CreditMaxLength ? string.Create(CultureInfo.InvariantCulture, $"Tên tác giả ảnh dài quá {MediaAsset.CreditMaxLength} ký tự.")
        : null;

    private static JsonResult Refuse(string message, int status) => new(new { error = message }) { StatusCode = status };
}
