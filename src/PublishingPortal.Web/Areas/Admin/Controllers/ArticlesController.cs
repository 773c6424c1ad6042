using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Articles;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The admin article pages under <c>/admin/bai-viet</c>: list, create, edit (with live and no-JS
/// preview, optimistic concurrency), the workflow transitions, and the preview in the public theme.
/// Every state change is a POST with an antiforgery token; every per-article action asks the
/// resource-based policy (<see cref="ArticleOperationRequirement"/>) and answers 403 when the
/// user's role does not allow it. A refusal caused only by the article's state (e.g. a second click
/// on "Gửi duyệt") changes nothing and says why.
/// </summary>
public sealed class ArticlesController : AdminController
{

    private readonly ArticleEditor _editor;
    private readonly ArticleAdminQueries _queries;
    private readonly IAuthorizationService _authorization;
    private readonly SiteTimeZone _timeZone;
    private readonly TimeProvider _clock;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to articles.</param>
    /// <param name="queries">Reads for the admin pages.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    /// <param name="timeZone">Site time zone for the time inputs.</param>
    /// <param name="clock">Clock deciding what readers see, for the preview banner.</param>
    public ArticlesController(ArticleEditor editor, ArticleAdminQueries queries, IAuthorizationService authorization, SiteTimeZone timeZone, TimeProvider clock)
    {
        _editor = editor;
        _queries = queries;
        _authorization = authorization;
        _timeZone = timeZone;
        _clock = clock;
    }

    /// <summary>
    /// GET <c>/admin/bai-viet</c>: the list, 20 a page. Unparseable values are ignored (never an error).
    /// </summary>
    /// <param name="trangthai">State name (Draft, InReview, Published, Scheduled, Unpublished, Trashed); trashed articles show only when asked for.</param>
    /// <param name="chuyenmuc">Section id.</param>
    /// <param name="tacgia">Author's account id.</param>
    /// <param name="q">Text in the title.</param>
    /// <param name="sapxep">moi-nhat (default), cu-nhat, tieu-de or xuat-ban.</param>
    /// <param name="trang">Page number from 1.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The list page.</returns>
    [HttpGet(AdminUrls.ArticlesTemplate)]
    public async Task<IActionResult> Index(string? trangthai, string? chuyenmuc, string? tacgia, string? q, string? sapxep, string? trang, CancellationToken cancellationToken)
    {
        var query = ArticleListQuery.Parse(trangthai, chuyenmuc, tacgia, q, sapxep, trang);
        return View(await _queries.ListAsync(query, cancellationToken));
    }

    /// <summary>GET <c>/admin/bai-viet/tao-moi</c>: an empty editor.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.ArticleCreateTemplate)]
    [Authorize(Policy = PortalPolicies.CreateArticles)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var model = new ArticleEditModel();
        model.Info.Categories = await _queries.CategoriesAsync(null, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/tao-moi</c>: creates a draft authored by the current user (revision 1,
    /// audit entry), or, with the <c>preview</c> button, shows the form again with the rendered body.
    /// </summary>
    /// <param name="model">The form.</param>
    /// <param name="preview">Present when the "Xem trước" button was used.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the new article's edit page, or the form with messages.</returns>
    [HttpPost(AdminUrls.ArticleCreateTemplate)]
    [Authorize(Policy = PortalPolicies.CreateArticles)]
    public async Task<IActionResult> Create(ArticleEditModel model, string? preview, CancellationToken cancellationToken)
    {
        var content = model.ToContent(_timeZone, ModelState);
        if (preview is not null)
        {
            ModelState.Clear();
        }
        else if (ModelState.IsValid)
        {
            var result = await _editor.CreateAsync(content, cancellationToken);
            if (result.Outcome == ArticleSaveOutcome.Saved)
            {
                Flash("Đã tạo bài nháp. Bạn có thể tiếp tục sửa, rồi gửi duyệt khi xong.");
                return Redirect(AdminUrls.ArticleEdit(result.ArticleId));
            }

            AddErrors(result.Errors);
        }

        model.Info.Categories = await _queries.CategoriesAsync(null, cancellationToken);
        model.Info.PreviewHtml = await _editor.RenderAsync(content.BodyMarkdown, null, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// GET <c>/admin/bai-viet/{id}</c>: the editor, for users allowed to edit the article in its state
    /// (403 otherwise). A trashed article, which nobody edits, shows a page with restore and purge
    /// for those allowed to use them.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The editor, 403 or 404.</returns>
    [HttpGet(AdminUrls.ArticleEditTemplate)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var article = await _queries.LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            if (article.Status == ArticleStatus.Trashed
                && (await _authorization.MayAsync(User, article, WorkflowAction.Restore)
                    || await _authorization.MayAsync(User, article, WorkflowAction.Purge)))
            {
                var trashed = ArticleEditModel.From(article, _timeZone);
                trashed.Info = await _queries.EditInfoAsync(article, User, cancellationToken);
                return View("Trashed", trashed);
            }

            return Forbid();
        }

        var model = ArticleEditModel.From(article, _timeZone);
        model.Info = await _queries.EditInfoAsync(article, User, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}</c>: saves the form if nobody saved the article since the form was
    /// loaded (its <c>Version</c>); otherwise 409 with the stored text beside the user's and their
    /// difference, and the form's version updated so a deliberate second save goes through.
    /// With the <c>preview</c> button: the form again with the rendered body, nothing saved.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="model">The form.</param>
    /// <param name="preview">Present when the "Xem trước" button was used.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the edit page, the form with messages, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleEditTemplate)]
    public async Task<IActionResult> Edit(int id, ArticleEditModel model, string? preview, CancellationToken cancellationToken)
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

        var content = model.ToContent(_timeZone, ModelState);
        if (!model.TryGetVersion(out var version))
        {
            ModelState.AddModelError("", "Biểu mẫu thiếu mã phiên bản của bài. Hãy tải lại trang rồi sửa lại.");
        }

        ArticleConflict? conflict = null;
        if (preview is not null)
        {
            ModelState.Clear();
        }
        else if (ModelState.IsValid)
        {
            var result = await _editor.SaveAsync(article, content, version, cancellationToken);
            switch (result.Outcome)
            {
                case ArticleSaveOutcome.Saved:
                    Flash($"Đã lưu bài viết (phiên bản {result.RevisionNumber}).");
                    return Redirect(AdminUrls.ArticleEdit(id));
                case ArticleSaveOutcome.Conflict when result.Current is null:
                    Flash("Bài viết vừa bị người khác xoá vĩnh viễn; nội dung bạn gửi chưa được lưu.");
                    return Redirect(AdminUrls.Articles());
                case ArticleSaveOutcome.Conflict:
                    conflict = ArticleConflict.Between(result.Current, content, _timeZone);
                    model.Version = result.CurrentVersion?.ToString("D");
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    AddErrors(result.Errors);
                    break;
            }
        }

        // Fresh from the database: after a conflict the tracked copy holds this user's unsaved changes.
        var stored = await _queries.LoadAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        model.Info = await _queries.EditInfoAsync(stored, User, cancellationToken);
        model.Info.Conflict = conflict;
        model.Info.PreviewHtml = await _editor.RenderAsync(content.BodyMarkdown, id, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/xem-truoc-markdown</c>: the body rendered and sanitised exactly as a save
    /// would store it, as an HTML fragment (the editor's live preview).
    /// </summary>
    /// <param name="markdown">Markdown source (at most <see cref="ArticleEditModel.BodyMaxLength"/> characters).</param>
    /// <param name="articleId">Article whose figures <c>figure:N</c> refers to, if any.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns><c>text/html</c>; 400 when the text is too long.</returns>
    [HttpPost(AdminUrls.ArticleMarkdownPreviewTemplate)]
    public async Task<IActionResult> PreviewMarkdown(string? markdown, string? articleId, CancellationToken cancellationToken)
    {
        markdown ??= "";
        if (markdown.Length > ArticleEditModel.BodyMaxLength)
        {
            return BadRequest("Nội dung quá dài để xem trước.");
        }

        int? id = int.TryParse(articleId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var html = await _editor.RenderAsync(text, id, cancellationToken);
        return Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// GET <c>/admin/bai-viet/{id}/xem-truoc</c>: the article in any state in the public theme, for any
    /// newsroom member; <c>noindex</c> (meta and <c>X-Robots-Tag</c>) and <c>no-store</c>, never output-cached.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The preview or 404.</returns>
    [HttpGet(AdminUrls.ArticlePreviewTemplate)]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var article = await _queries.LoadAsync(id, cancellationToken);
        var page = await _queries.PreviewPageAsync(id, cancellationToken);
        if (article is null || page is null)
        {
            return NotFound();
        }

        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return View(new ArticlePreviewPage(page, article.Status, ReaderVisibility.IsVisible(article, _clock.GetUtcNow())));
    }

    /// <summary>POST <c>/admin/bai-viet/{id}/gui-duyet</c>: Draft → InReview.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleSubmitTemplate)]
    public Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Submit, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/tra-lai</c>: InReview → Draft with a reason the author sees.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="reason">Why; required, at most <see cref="ArticleWorkflow.ReasonMaxLength"/> characters.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message; the edit page with an error and nothing changed when the reason is missing; 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleSendBackTemplate)]
    public Task<IActionResult> SendBack(int id, string? reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.SendBack, reason, null, cancellationToken);

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/xuat-ban</c>: publishes now, or at <paramref name="publishAt"/>
    /// (site time); a future time schedules.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="publishAt">Optional <c>yyyy-MM-ddTHH:mm</c> in the site's time zone; blank means now (also for a scheduled article).</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePublishTemplate)]
    public Task<IActionResult> Publish(int id, string? publishAt, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Publish, null, publishAt, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/go-xuong</c>: Published/Scheduled → Unpublished.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleUnpublishTemplate)]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Unpublish, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/thung-rac</c>: to the trash.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleTrashTemplate)]
    public Task<IActionResult> Trash(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Trash, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/khoi-phuc</c>: out of the trash, as a draft.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleRestoreTemplate)]
    public Task<IActionResult> Restore(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Restore, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/xoa-vinh-vien</c>: deletes a trashed article for ever (Administrator only).</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the trash list, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePurgeTemplate)]
    public async Task<IActionResult> Purge(int id, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(article, WorkflowAction.Purge) is { } refusal)
        {
            return refusal;
        }

        var title = article.Title;
        var result = await _editor.PurgeAsync(article, cancellationToken);
        if (result.Outcome != ArticleSaveOutcome.Saved)
        {
            Flash("Bài viết vừa được người khác thay đổi nên thao tác chưa được thực hiện. Hãy xem lại bài rồi thử lại.");
            return Redirect(result.Current is null ? AdminUrls.Articles() : AdminUrls.ArticleEdit(id));
        }

        Flash($"Đã xoá vĩnh viễn bài \"{title}\".");
        return Redirect(AdminUrls.Articles(ArticleStatus.Trashed));
    }

    private async Task<IActionResult> TransitionAsync(int id, WorkflowAction action, string? reason, string? publishAtText, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(article, action) is { } refusal)
        {
            return refusal;
        }

        if (action == WorkflowAction.SendBack && ArticleEditor.SendBackRefusal(reason) is { } missing)
        {
            var model = ArticleEditModel.From(article, _timeZone);
            model.Info = await _queries.EditInfoAsync(article, User, cancellationToken);
            model.Info.ActionError = missing;
            return View(nameof(Edit), model);
        }

        DateTimeOffset? publishAt = null;
        if (action == WorkflowAction.Publish && _editor.PublishRefusal(article, publishAtText, out publishAt) is { } refused)
        {
            Flash(refused);
            return Redirect(AdminUrls.ArticleEdit(id));
        }

        var result = await _editor.TransitionAsync(article, action, reason, publishAt, cancellationToken);
        if (result.Outcome != ArticleSaveOutcome.Saved)
        {
            Flash("Bài viết vừa được người khác thay đổi nên thao tác chưa được thực hiện. Hãy xem lại bài rồi thử lại.");
            return Redirect(result.Current is null ? AdminUrls.Articles() : AdminUrls.ArticleEdit(id));
        }

        Flash(WorkflowLabels.Done(action, article, _timeZone));
        return Redirect(await BackAsync(article));
    }

    // Null when allowed; 403 for a refusal about the role; for one about the state, a redirect with the reason.
    private async Task<IActionResult?> RefuseAsync(Article article, WorkflowAction action)
    {
        if (await _authorization.MayAsync(User, article, action))
        {
            return null;
        }

        if (!WorkflowRefusal.IsAboutState(User, action, article.Status, article.AuthorId))
        {
            return Forbid();
        }

        Flash($"Chưa thực hiện \"{WorkflowLabels.Action(action)}\": {WorkflowRefusal.Reason(User, action, article)}");
        return Redirect(await BackAsync(article));
    }

    // The edit page when the user may still open it (a trashed article's page included), else the list.
    private async Task<string> BackAsync(Article article)
    {
        if (await _authorization.MayAsync(User, article, WorkflowAction.Edit)
            || (article.Status == ArticleStatus.Trashed
                && (await _authorization.MayAsync(User, article, WorkflowAction.Restore)
                    || await _authorization.MayAsync(User, article, WorkflowAction.Purge))))
        {
            return AdminUrls.ArticleEdit(article.Id);
        }

        return AdminUrls.Articles();
    }

    private void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
