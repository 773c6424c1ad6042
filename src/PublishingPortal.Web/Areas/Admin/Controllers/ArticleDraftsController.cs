using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Articles;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The new-article form's draft made from its script (issue 10, "never lose work"): the first autosave after a title is
/// typed, or the first photo put in the body, posts the form's fields here; the draft is made by
/// <see cref="ArticleEditor.CreateAsync"/>, the same write path as "Tạo bài nháp" (revision 1, audit entry), and the
/// answer gives the script everything the edit form carries so it switches to editing without a reload.
/// </summary>
public sealed class ArticleDraftsController : AdminController
{
    private readonly ArticleEditor _editor;
    private readonly SiteTimeZone _timeZone;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Creates the draft.</param>
    /// <param name="timeZone">Site time zone of the typed times.</param>
    public ArticleDraftsController(ArticleEditor editor, SiteTimeZone timeZone)
    {
        _editor = editor;
        _timeZone = timeZone;
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/tao-moi/ban-nhap</c>: the create form's fields (urlencoded or multipart, antiforgery token
    /// in the header or the form), validated as the form's own POST.
    /// </summary>
    /// <param name="model">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>
    /// 200 <c>{id, editUrl, version, autosave, autosaveKey, photoUpload, photoDetails, photoLibrary, leadPhoto,
    /// leadPhotoRemove, photosPage}</c>; 400 <c>{error, errors: {field: message}}</c> with nothing created.
    /// </returns>
    [HttpPost(AdminUrls.ArticleCreateDraftTemplate)]
    [Authorize(Policy = PortalPolicies.CreateArticles)]
    public async Task<IActionResult> Create(ArticleEditModel model, CancellationToken cancellationToken)
    {
        var content = model.ToContent(_timeZone, ModelState);
        if (ModelState.IsValid)
        {
            var result = await _editor.CreateAsync(content, cancellationToken);
            if (result.Outcome == ArticleSaveOutcome.Saved && await _editor.FindAsync(result.ArticleId, cancellationToken) is { } article)
            {
                var id = article.Id;
                return Json(new
                {
                    id,
                    editUrl = AdminUrls.ArticleEdit(id),
                    version = article.Version.ToString("D"),
                    autosave = AdminUrls.ArticleAutosave(id),
                    autosaveKey = ArticleFormKeys.Autosave(id),
                    photoUpload = AdminUrls.ArticleBodyPhotoAdd(id),
                    photoDetails = AdminUrls.ArticleBodyPhotoDetailsPattern(id),
                    photoLibrary = AdminUrls.MediaPicker(),
                    leadPhoto = AdminUrls.ArticleLeadPhoto(id),
                    leadPhotoRemove = AdminUrls.ArticleLeadPhotoRemove(id),
                    photosPage = AdminUrls.ArticlePhotos(id),
                });
            }

            AddErrors(result.Errors);
        }

        var errors = ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage, StringComparer.Ordinal);
        var first = errors.Values.FirstOrDefault(m => m.Length > 0) ?? "Chưa tạo được bài nháp.";
        return new JsonResult(new { error = first, errors }) { StatusCode = StatusCodes.Status400BadRequest };
    }
}
