using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.WordImport;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// "Tạo bài từ tệp Word" under <c>/admin/bai-viet/tu-tep-word</c>: the upload form and its POST, for those who
/// may create drafts (reporter or above, <see cref="PortalPolicies.CreateArticles"/>). The work is
/// <see cref="WordImporter"/>'s; a refused file shows the form again (400) with the reason, never a 500.
/// </summary>
[Authorize(Policy = PortalPolicies.CreateArticles)]
public sealed class WordImportController : AdminController
{
    private readonly WordImporter _importer;

    /// <summary>Creates the controller.</summary>
    /// <param name="importer">Word file → draft.</param>
    public WordImportController(WordImporter importer)
    {
        _importer = importer;
    }

    /// <summary>GET <c>/admin/bai-viet/tu-tep-word</c>: the form.</summary>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.ArticleFromWordTemplate)]
    public IActionResult Index() => View(Page(null));

    /// <summary>
    /// POST <c>/admin/bai-viet/tu-tep-word</c> (multipart, field <c>tep</c>): makes the draft and redirects to its
    /// editor with "Đã tạo bài nháp từ tệp …: N ảnh", or shows the form with the reason (400).
    /// </summary>
    /// <param name="tep">The .docx.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the draft's editor, or the form with the reason.</returns>
    [HttpPost(AdminUrls.ArticleFromWordTemplate)]
    public async Task<IActionResult> Index(IFormFile? tep, CancellationToken cancellationToken)
    {
        if (tep is null || tep.Length == 0)
        {
            return Refused("Chưa chọn tệp Word nào (hoặc tệp rỗng).");
        }

        if (tep.Length > _importer.Limits.MaxBytes)
        {
            return Refused(_importer.TooLargeMessage);
        }

        WordImportResult result;
        await using (var stream = tep.OpenReadStream())
        {
            result = await _importer.ImportAsync(stream, tep.FileName, cancellationToken);
        }

        if (result.Error is { } error)
        {
            return Refused(error);
        }

        Flash(string.Create(CultureInfo.InvariantCulture, $"Đã tạo bài nháp từ tệp \"{Media.MediaLibrary.CleanFileName(tep.FileName)}\": {result.Images} ảnh. Hãy xem lại bài rồi gửi duyệt."));
        return Redirect(AdminUrls.ArticleEdit(result.ArticleId));
    }

    private WordImportPage Page(string? error) => new(_importer.Limits.MaxBytes, _importer.Limits.MaxImages, error);

    private ViewResult Refused(string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), Page(message));
    }
}
