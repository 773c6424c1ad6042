using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Media;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The media library under <c>/admin/anh</c>, for every newsroom role (the area-wide policy): list with
/// search and paging, upload one or many photos (a plain multi-file form, or one file per request from
/// the drag-and-drop script, answered in JSON), edit alt text, caption and credit, see where a photo is
/// used, and delete it when it is used nowhere. Every refusal says why in Vietnamese and stores nothing.
/// </summary>
public sealed class MediaController : AdminController
{
    private readonly MediaLibrary _library;
    private readonly CurrentEditor _editor;
    private readonly SiteTimeZone _timeZone;
    private readonly MediaMarkup _markup;

    /// <summary>Creates the controller.</summary>
    /// <param name="library">The media library.</param>
    /// <param name="editor">The uploader's id and display name.</param>
    /// <param name="timeZone">Site zone for the times shown.</param>
    /// <param name="markup">Thumbnail URLs.</param>
    public MediaController(MediaLibrary library, CurrentEditor editor, SiteTimeZone timeZone, MediaMarkup markup)
    {
        _markup = markup;
        _library = library;
        _editor = editor;
        _timeZone = timeZone;
    }

    /// <summary>True when the request comes from the upload script (it asks for JSON).</summary>
    /// <param name="request">The request.</param>
    /// <returns>Whether to answer in JSON.</returns>
    public static bool WantsJson(HttpRequest request)
    {
        return request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>GET <c>/admin/anh?q=…&amp;thieu-mo-ta=1&amp;trang=N</c>: upload form and the library, newest first.</summary>
    /// <param name="q">Search words (file name, alt text, caption, credit; accents optional).</param>
    /// <param name="thieuMoTa">"1" for photos still without alt text.</param>
    /// <param name="trang">1-based page; clamped.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.MediaTemplate)]
    public async Task<IActionResult> Index(string? q, [FromQuery(Name = "thieu-mo-ta")] string? thieuMoTa, string? trang, CancellationToken cancellationToken)
    {
        var list = await _library.ListAsync(q, thieuMoTa == "1", Paging.ParseClampedPageNumber(trang), cancellationToken);
        return View(new MediaIndexPage(list, _library.Limits.MaxBytes, _library.Limits.MaxFilesPerUpload, []));
    }

    /// <summary>
    /// POST <c>/admin/anh/tai-len</c> (multipart, field <c>files</c>, optional <c>credit</c>): stores each
    /// acceptable file, refuses the others with a message each. Script: JSON <c>{ files: [{ name, id, url, thumb, width, height, size, error }] }</c>,
    /// 200 when at least one was stored, 400 otherwise. Plain form: one file → its page (to add alt text);
    /// several → the library's "missing alt text" filter; any refusal → the library with every outcome (400 when nothing was stored).
    /// </summary>
    /// <param name="credit">Credit for every file in this upload (optional).</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>JSON, a redirect or the library with messages.</returns>
    [HttpPost(AdminUrls.MediaUploadTemplate)]
    public async Task<IActionResult> Upload(string? credit, CancellationToken cancellationToken)
    {
        var files = Request.HasFormContentType ? (await Request.ReadFormAsync(cancellationToken)).Files : null;
        var results = new List<MediaUploadResult>();
        if (files is null || files.Count == 0)
        {
            results.Add(new MediaUploadResult("", null, "Chưa chọn ảnh nào để tải lên."));
        }
        else if (files.Count > _library.Limits.MaxFilesPerUpload)
        {
            results.Add(new MediaUploadResult("", null, string.Create(
                CultureInfo.InvariantCulture, $"Mỗi lần tải lên tối đa {_library.Limits.MaxFilesPerUpload} ảnh; bạn đã chọn {files.Count}. Không ảnh nào được lưu.")));
        }
        else
        {
            var (userId, userName, _) = await _editor.GetAsync(cancellationToken);
            var details = new MediaDetails("", false, "", credit);
            foreach (var file in files)
            {
                await using var stream = file.OpenReadStream();
                results.Add(await _library.UploadAsync(stream, file.FileName, details, userId, userName, cancellationToken));
            }
        }

        var stored = results.Where(r => r.Succeeded).ToList();
        if (WantsJson(Request))
        {
            Response.StatusCode = stored.Count > 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            return Json(new
            {
                files = results.Select(r => new
                {
                    name = r.FileName,
                    id = r.Asset?.Id,
                    url = r.Asset is null ? null : AdminUrls.MediaEdit(r.Asset.Id),
                    thumb = r.Asset is null ? null : _markup.ThumbnailPath(r.Asset.Key),
                    width = r.Asset?.Width,
                    height = r.Asset?.Height,
                    size = r.Asset is null ? null : MediaSizes.Format(r.Asset.Bytes),
                    error = r.Error,
                }),
            });
        }

        if (stored.Count == results.Count)
        {
            if (stored.Count == 1)
            {
                Flash($"Đã tải lên \"{stored[0].FileName}\". Hãy thêm mô tả ảnh (alt) trước khi dùng ảnh trong bài.");
                return Redirect(AdminUrls.MediaEdit(stored[0].Asset!.Id));
            }

            Flash(string.Create(CultureInfo.InvariantCulture, $"Đã tải lên {stored.Count} ảnh. Hãy thêm mô tả (alt) cho từng ảnh trước khi dùng."));
            return Redirect(AdminUrls.Media(missingAltOnly: true));
        }

        var list = await _library.ListAsync(null, false, 1, cancellationToken);
        Response.StatusCode = stored.Count == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return View(nameof(Index), new MediaIndexPage(list, _library.Limits.MaxBytes, _library.Limits.MaxFilesPerUpload, results));
    }

    /// <summary>GET <c>/admin/anh/{id}</c>: the photo, its form, where it is used, delete.</summary>
    /// <param name="id">Photo id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page or 404.</returns>
    [HttpGet(AdminUrls.MediaEditTemplate)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var asset = await _library.FindAsync(id, cancellationToken);
        return asset is null ? NotFound() : View(await PageAsync(asset, MediaEditModel.From(asset), cancellationToken));
    }

    /// <summary>POST <c>/admin/anh/{id}</c>: saves alt text (or the decorative mark), caption and credit.</summary>
    /// <param name="id">Photo id.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the page, the form with messages (400), or 404.</returns>
    [HttpPost(AdminUrls.MediaEditTemplate)]
    public async Task<IActionResult> Edit(int id, MediaEditModel form, CancellationToken cancellationToken)
    {
        var asset = await _library.FindAsync(id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PageAsync(asset, form, cancellationToken));
        }

        await _library.UpdateAsync(asset, form.ToDetails(), cancellationToken);
        Flash("Đã lưu thông tin ảnh.");
        return Redirect(AdminUrls.MediaEdit(id));
    }

    /// <summary>POST <c>/admin/anh/{id}/xoa</c>: deletes the photo unless it is used somewhere.</summary>
    /// <param name="id">Photo id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with the outcome, or 404.</returns>
    [HttpPost(AdminUrls.MediaDeleteTemplate)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var asset = await _library.FindAsync(id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        var refusal = await _library.DeleteAsync(asset, cancellationToken);
        if (refusal is not null)
        {
            Flash(refusal);
            return Redirect(AdminUrls.MediaEdit(id));
        }

        Flash($"Đã xoá ảnh \"{asset.OriginalFileName}\".");
        return Redirect(AdminUrls.Media());
    }

    private async Task<MediaEditPage> PageAsync(Core.Media.MediaAsset asset, MediaEditModel form, CancellationToken cancellationToken)
    {
        var usage = await _library.UsageAsync(asset.Key, cancellationToken);
        var uploaded = _timeZone.FormatDateTime(asset.UploadedAt);
        return new MediaEditPage(asset, form, usage, uploaded);
    }
}
