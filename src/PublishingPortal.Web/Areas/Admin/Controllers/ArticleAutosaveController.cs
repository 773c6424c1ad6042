using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The edit form's autosave (issue 10): POST <c>/admin/bai-viet/{id}/tu-luu</c> with JSON
/// <c>{"title","lead","bodyMarkdown","version"}</c> and the antiforgery token in the <c>RequestVerificationToken</c>
/// header (the global antiforgery filter checks it; without it 400). The same permission as saving the article
/// (403 otherwise); bad input is 400 with a Vietnamese message. Writes neither a revision nor an audit entry.
/// </summary>
public sealed class ArticleAutosaveController : AdminController
{
    private readonly ArticleEditor _editor;
    private readonly ArticleAutosaves _autosaves;
    private readonly IAuthorizationService _authorization;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Finds the article.</param>
    /// <param name="autosaves">The autosave rows.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    public ArticleAutosaveController(ArticleEditor editor, ArticleAutosaves autosaves, IAuthorizationService authorization)
    {
        _editor = editor;
        _autosaves = autosaves;
        _authorization = authorization;
    }

    /// <summary>Stores what the form holds now, overwriting the user's previous autosave of the article.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="request">The form's fields; null when the body is not JSON of that shape.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>200 with <c>{"savedAt": ISO-8601 UTC}</c>, 400 with <c>{"error": message}</c>, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleAutosaveTemplate)]
    [RequestSizeLimit(4 * 1024 * 1024)]
    public async Task<IActionResult> Save(int id, [FromBody] ArticleAutosaveRequest? request, CancellationToken cancellationToken)
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

        if (request is null || !ModelState.IsValid)
        {
            return BadRequest(new { error = "Bản tự lưu không đọc được: cần JSON có title, lead, bodyMarkdown và version." });
        }

        if (!Guid.TryParse(request.Version, out var version))
        {
            return BadRequest(new { error = "Bản tự lưu thiếu mã phiên bản của bài. Hãy tải lại trang." });
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var savedAt = await _autosaves.UpsertAsync(
            id, userId, request.Title ?? "", request.Lead ?? "", request.BodyMarkdown ?? "", version, cancellationToken);
        return Ok(new { savedAt });
    }

    /// <summary>"Bỏ qua": deletes the user's autosave of the article and goes back to the editor.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the edit page, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleAutosaveDiscardTemplate)]
    public async Task<IActionResult> Discard(int id, CancellationToken cancellationToken)
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

        await _autosaves.DeleteAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        Flash("Đã bỏ bản tự lưu.");
        return Redirect(AdminUrls.ArticleEdit(id));
    }
}

/// <summary>The JSON body of an autosave; every field optional except <see cref="Version"/>.</summary>
public sealed class ArticleAutosaveRequest
{
    /// <summary>Title as typed.</summary>
    public string? Title { get; set; }

    /// <summary>Lead as typed.</summary>
    public string? Lead { get; set; }

    /// <summary>Body Markdown as typed.</summary>
    public string? BodyMarkdown { get; set; }

    /// <summary>The form's hidden <c>Version</c> (a GUID).</summary>
    public string? Version { get; set; }
}
