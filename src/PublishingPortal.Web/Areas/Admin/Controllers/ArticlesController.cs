using System.Globalization;
using System.Security.Claims;
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
/// preview, optimistic concurrency) and the preview in the public theme. The workflow transitions are
/// <see cref="ArticleWorkflowController"/>'s, revisions <see cref="RevisionsController"/>'s, photos
/// <see cref="ArticlePhotosController"/>'s. Every change is a POST with an antiforgery token; every
/// per-article action asks the resource-based policy (<see cref="ArticleOperationRequirement"/>) and
/// answers 403 when the user's role does not allow it. The work is <see cref="ArticleEditor"/>'s, the
/// reads <see cref="ArticleAdminQueries"/>'.
/// </summary>
public sealed class ArticlesController : AdminController
{
    // The workflow buttons of the edit form itself, which save what is typed before acting (issue 10).
    private static readonly WorkflowAction[] SavedTransitions = [WorkflowAction.Submit, WorkflowAction.PassOn, WorkflowAction.SendBack, WorkflowAction.Publish];

    private readonly ArticleEditor _editor;
    private readonly ArticleAdminQueries _queries;
    private readonly IAuthorizationService _authorization;
    private readonly SiteTimeZone _timeZone;
    private readonly UnsavedArticleForms _unsaved;
    private readonly ArticleAutosaves _autosaves;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to articles.</param>
    /// <param name="queries">Reads for the admin pages.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    /// <param name="timeZone">Site time zone for the time inputs.</param>
    /// <param name="unsaved">Forms kept while their writer signed in again.</param>
    /// <param name="autosaves">The edit form's autosaves.</param>
    public ArticlesController(
        ArticleEditor editor, ArticleAdminQueries queries, IAuthorizationService authorization, SiteTimeZone timeZone, UnsavedArticleForms unsaved, ArticleAutosaves autosaves)
    {
        _autosaves = autosaves;
        _unsaved = unsaved;
        _editor = editor;
        _queries = queries;
        _authorization = authorization;
        _timeZone = timeZone;
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
        return View(await _queries.ListAsync(query, User, cancellationToken));
    }

    /// <summary>GET <c>/admin/bai-viet/tao-moi</c>: an empty editor, or the form kept when the sign-in had ended.</summary>
    /// <param name="khoiphuc">Id of a form kept by <see cref="UnsavedArticleForms"/> (after signing in again), if any.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.ArticleCreateTemplate)]
    [Authorize(Policy = PortalPolicies.CreateArticles)]
    public async Task<IActionResult> Create(string? khoiphuc, CancellationToken cancellationToken)
    {
        var model = await KeptFormAsync(khoiphuc) ?? new ArticleEditModel();
        model.Info.Notice = KeptNotice(khoiphuc, model);
        model.Info.Categories = await _queries.CategoriesForAsync(User, null, cancellationToken);
        if (model.BodyMarkdown is { Length: > 0 } body)
        {
            model.Info.PreviewHtml = await _editor.RenderAsync(ArticleContent.StoredText(body), null, cancellationToken);
        }

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
        model.ResolvePublishTime(false, null);
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

        model.Info.Categories = await _queries.CategoriesForAsync(User, null, cancellationToken);
        model.Info.PreviewHtml = await _editor.RenderAsync(content.BodyMarkdown, null, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// GET <c>/admin/bai-viet/{id}</c>: the editor, for users allowed to edit the article in its state
    /// (403 otherwise). A trashed article, which nobody edits, shows a page with restore and purge
    /// for those allowed to use them.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="khoiphuc">
    /// Id of a form kept by <see cref="UnsavedArticleForms"/> when the sign-in had ended: the editor then holds what was
    /// posted (with the version it was loaded at, so a save made meanwhile by someone else still shows the conflict).
    /// </param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The editor, 403 or 404.</returns>
    /// <param name="tuluu">
    /// When the user's own autosave is newer than the last save, the editor opens with it (issue 10: the text typed last
    /// is never one missed click away from being lost); <c>0</c> opens the saved version instead, with "Khôi phục" offered.
    /// </param>
    [HttpGet(AdminUrls.ArticleEditTemplate)]
    public async Task<IActionResult> Edit(int id, string? khoiphuc, string? tuluu, CancellationToken cancellationToken)
    {
        // Read before the article: a save landing between the two reads leaves the form an older base (its merge errs
        // towards a conflict), never a newer one (which would make the other save look like the form's own text).
        var baseRevision = await _queries.LatestRevisionNumberAsync(id, cancellationToken);
        var article = await _queries.LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var access = await _authorization.EditPageAccessAsync(User, article);
        if (access == EditPageAccess.None)
        {
            return Forbid();
        }

        var kept = access == EditPageAccess.Editor ? await KeptFormAsync(khoiphuc) : null;
        var model = kept ?? ArticleEditModel.From(article, _timeZone);
        if (kept is null)
        {
            model.BaseRevision = baseRevision > 0 ? baseRevision.ToString(CultureInfo.InvariantCulture) : null;
        }

        model.Info = await _queries.EditInfoAsync(article, User, cancellationToken);
        model.Info.Notice = KeptNotice(khoiphuc, kept);
        if (kept is null && access == EditPageAccess.Editor && article.PendingRevisionNumber is { } pending && await _editor.SavesAsCorrectionAsync(article)
            && await _queries.RevisionAsync(id, pending, cancellationToken) is { } correction)
        {
            // Issue 11: whoever may not publish edits the waiting correction, not the live text, so a second save
            // builds on the first instead of silently dropping it.
            model.Title = correction.Title;
            model.Slug = correction.Slug;
            model.Lead = correction.Lead;
            model.BodyMarkdown = correction.BodyMarkdown;
            model.Byline = correction.Byline;
            model.Source = correction.Source;
            model.CategoryId = correction.CategoryId?.ToString(CultureInfo.InvariantCulture);
            model.Tags = correction.Tags;
            model.Info.ShowsPendingCorrection = true;
            model.Info.PreviewHtml = await _editor.RenderAsync(correction.BodyMarkdown, id, cancellationToken);
        }
        else if (kept is null && model.Info.PendingRevisionNumber is not null && model.BaseRevision is not null)
        {
            // The form holds the live text, whose revision is not the newest (the correction is): merge a stale save on it.
            model.BaseRevision = model.Info.LiveRevisionNumber?.ToString(CultureInfo.InvariantCulture);
        }

        if (kept is not null)
        {
            model.Info.PreviewHtml = await _editor.RenderAsync(ArticleContent.StoredText(kept.BodyMarkdown), id, cancellationToken);
        }
        else if (access == EditPageAccess.Editor
            && await _autosaves.FindAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken) is { } autosave
            && autosave.SavedAt > article.UpdatedAt)
        {
            if (tuluu != "0")
            {
                // The version the autosave was typed against, so a save made since by someone else shows the conflict.
                model.Title = autosave.Title;
                model.Lead = autosave.Lead;
                model.BodyMarkdown = autosave.BodyMarkdown;
                model.Version = autosave.BaseVersion?.ToString("D") ?? model.Version;
                if (autosave.BaseVersion is { } typedAgainst && typedAgainst != article.Version)
                {
                    // Typed against an older version whose revision the autosave does not record: no merge base, so a
                    // save is refused as a plain conflict rather than merged on the wrong revision.
                    model.BaseRevision = null;
                }

                model.Info.Notice = $"Đã khôi phục bản tự lưu lúc {_timeZone.ToSiteTime(autosave.SavedAt):HH:mm} (giờ Việt Nam), mới hơn bản đã lưu. Bấm \"Lưu bài\" để giữ lại.";
                model.Info.AutosaveLoaded = autosave.SavedAt;
                model.Info.PreviewHtml = await _editor.RenderAsync(ArticleContent.StoredText(autosave.BodyMarkdown), id, cancellationToken);
            }
            else
            {
                model.Info.AutosaveOffer = autosave.SavedAt;
            }
        }

        return access == EditPageAccess.TrashedPage ? View("Trashed", model) : View(model);
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}</c>: saves the form if nobody saved the article since the form was
    /// loaded (its <c>Version</c>); otherwise 409 with the stored text beside the user's and their
    /// difference, and the form's version updated so a deliberate second save goes through.
    /// With the <c>preview</c> button: the form again with the rendered body, nothing saved.
    /// With a workflow button (<paramref name="then"/> = <c>gui-duyet</c>, <c>tra-lai</c> or <c>xuat-ban</c>): saves and
    /// takes the transition in one commit (<see cref="ArticleEditor.SaveAndTransitionAsync"/>); when either is refused
    /// (validation, conflict, the article's state, a missing reason or a bad time) nothing changes and the form
    /// comes back with what was typed and why (issue 10: no button drops the typed text).
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="model">The form.</param>
    /// <param name="preview">Present when the "Xem trước" button was used.</param>
    /// <param name="then">The workflow button's action segment (<see cref="AdminUrls.ActionSegment"/>), or null for "Lưu bài".</param>
    /// <param name="reason">For <c>tra-lai</c>: the reason the author sees.</param>
    /// <param name="workflowPublishAt">
    /// For <c>xuat-ban</c> when the form posts no <see cref="ArticleEditModel.PublishMode"/> (the merge page re-posts it):
    /// <c>yyyy-MM-ddTHH:mm</c> in site time, blank for now (a future time schedules). With the radio, "Xuất bản ngay" is
    /// now and "Hẹn giờ lúc" the form's own time.
    /// </param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect (to the edit page, or the list when the user may no longer open the article), the form with messages, 400, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleEditTemplate)]
    public async Task<IActionResult> Edit(
        int id, ArticleEditModel model, string? preview, string? then, string? reason, string? workflowPublishAt, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        WorkflowAction? action = null;
        string? actionError = null;
        var mayEdit = await _authorization.MayAsync(User, article, WorkflowAction.Edit);
        if (!mayEdit)
        {
            // The article moved on since the form was loaded (submitted, published or trashed by someone else): the
            // typed text comes back with the reason instead of a bare 403 that would lose it (issue 10).
            if (!await _authorization.MayInSomeStateAsync(User, WorkflowAction.Edit, article))
            {
                return Forbid();
            }

            ModelState.AddModelError("", $"Chưa lưu: bài vừa chuyển sang trạng thái \"{WorkflowLabels.Status(article.Status)}\" nên bạn không còn sửa được ({WorkflowRefusal.Reason(User, WorkflowAction.Edit, article)}). Nội dung bạn gõ vẫn ở dưới để bạn sao chép.");
        }
        else if (preview is null && !string.IsNullOrEmpty(then))
        {
            action = SavedTransitions.Where(a => AdminUrls.ActionSegment(a) == then).Cast<WorkflowAction?>().FirstOrDefault();
            if (action is not { } wanted)
            {
                return BadRequest();
            }

            if (!await _authorization.MayAsync(User, article, wanted))
            {
                // Nobody approves their own piece: a refusal about the role is 403 here as on the button's own URL.
                if (!await _authorization.IsAboutStateAsync(User, wanted, article))
                {
                    return Forbid();
                }

                actionError = $"Chưa lưu và chưa {Lower(wanted)}: {WorkflowRefusal.Reason(User, wanted, article)}";
            }
        }

        // One publish-time field (issue 11): the radio decides, the separate time of older forms only when it is absent.
        workflowPublishAt = model.ResolvePublishTime(article.Status.IsPublic(), _timeZone.FormatInput(article.PublishedAt)) ?? workflowPublishAt;
        var content = model.ToContent(_timeZone, ModelState);
        if (!model.TryGetVersion(out var version))
        {
            ModelState.AddModelError("", "Biểu mẫu thiếu mã phiên bản của bài. Hãy tải lại trang rồi sửa lại.");
        }

        DateTimeOffset? publishAt = null;
        if (actionError is null && action == WorkflowAction.SendBack && ArticleEditor.SendBackRefusal(reason) is { } missing)
        {
            actionError = missing.Replace("Chưa trả lại bài", "Chưa lưu và chưa trả lại bài", StringComparison.Ordinal);
        }
        else if (actionError is null && action == WorkflowAction.Publish && ModelState.IsValid
            && _editor.PublishRefusal(content.ExpiresAt, workflowPublishAt, out publishAt) is { } refused)
        {
            actionError = refused.Replace("Chưa xuất bản", "Chưa lưu và chưa xuất bản", StringComparison.Ordinal);
        }

        ArticleConflict? conflict = null;
        if (!mayEdit)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else if (preview is not null)
        {
            ModelState.Clear();
        }
        else if (ModelState.IsValid && actionError is null)
        {
            var from = model.GetBase();
            var result = await SaveAsync(article, content, version, from, action, reason, publishAt, cancellationToken);
            if (result is { Outcome: ArticleSaveOutcome.Conflict, Merge: null, Current: not null } && from is not null
                && await _editor.FindAsync(id, cancellationToken) is { } reloaded && reloaded.Status == article.Status)
            {
                // Someone saved between this request's read and its write: merge once more on what is stored now.
                article = reloaded;
                result = await SaveAsync(article, content, version, from, action, reason, publishAt, cancellationToken);
            }

            if (result.Outcome == ArticleSaveOutcome.Saved)
            {
                // Saved text supersedes the writer's autosave (issue 10).
                await _autosaves.DeleteAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
            }

            switch (result.Outcome)
            {
                case ArticleSaveOutcome.Saved when action is { } done:
                    Flash($"Đã lưu bài (phiên bản {result.RevisionNumber}). {MergedNotice(result.Merge)}{WorkflowLabels.Done(done, article, _timeZone)}");
                    return Redirect(await _authorization.EditPageAccessAsync(User, article) == EditPageAccess.None
                        ? AdminUrls.Articles()
                        : AdminUrls.ArticleEdit(id));
                case ArticleSaveOutcome.Saved when article.PendingRevisionNumber == result.RevisionNumber && result.RevisionNumber > 0:
                    Flash($"Đã lưu bản sửa (phiên bản {result.RevisionNumber}). Bạn đọc vẫn thấy nội dung cũ cho tới khi người duyệt bài duyệt bản sửa.");
                    return Redirect(AdminUrls.ArticleEdit(id));
                case ArticleSaveOutcome.Saved:
                    Flash($"Đã lưu bài viết (phiên bản {result.RevisionNumber}).{(result.Merge is null ? "" : " " + MergedNotice(result.Merge).TrimEnd())}");
                    return Redirect(AdminUrls.ArticleEdit(id));
                case ArticleSaveOutcome.Conflict when result.Current is null:
                    Flash("Bài viết vừa bị người khác xoá vĩnh viễn; nội dung bạn gửi chưa được lưu.");
                    return Redirect(AdminUrls.Articles());
                case ArticleSaveOutcome.Conflict when result.Merge is { } merge:
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    return View("Conflict", ArticleMergeConflictPage.Of(
                        id, result.Current, result.CurrentVersion ?? Guid.Empty, merge, content,
                        (await _queries.CategoriesAsync(null, cancellationToken)).ToDictionary(c => c.Value, c => c.Text, StringComparer.Ordinal),
                        _timeZone,
                        new Dictionary<string, string?>(StringComparer.Ordinal) { ["then"] = then, ["reason"] = reason, ["workflowPublishAt"] = workflowPublishAt },
                        action is { } wanted ? Lower(wanted) : null));
                case ArticleSaveOutcome.Conflict:
                    conflict = ArticleConflict.Between(result.Current, content, _timeZone);
                    model.Version = result.CurrentVersion?.ToString("D");
                    // The deliberate second save overwrites, as before merging existed: no base to merge on.
                    model.BaseRevision = null;
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
        if (action is { } refusedAction && preview is null && mayEdit)
        {
            // Whatever refused the save also refused the transition; the typed reason and time stay in the form.
            model.Info.ActionError = actionError
                ?? $"Chưa {Lower(refusedAction)}: bài chưa lưu được nên thao tác chưa được thực hiện. Nội dung bạn gõ vẫn ở trong biểu mẫu.";
            model.Info.ReasonInput = reason ?? "";
            model.Info.PublishAtInput = workflowPublishAt ?? model.Info.PublishAtInput;
        }

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
        var html = await _editor.RenderAsync(ArticleContent.StoredText(markdown), id, cancellationToken);
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
        var preview = await _queries.PreviewAsync(id, cancellationToken);
        if (preview is null)
        {
            return NotFound();
        }

        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return View(preview);
    }

    private async Task<ArticleSaveResult> SaveAsync(
        Article article, ArticleContent content, Guid version, ArticleEditBase? from, WorkflowAction? action, string? reason, DateTimeOffset? publishAt,
        CancellationToken cancellationToken) =>
        action is { } transition
            ? await _editor.SaveAndTransitionAsync(article, content, version, from, transition, reason, publishAt, cancellationToken)
            : await _editor.SavesAsCorrectionAsync(article)
                ? await _editor.SaveCorrectionAsync(article, content, version, cancellationToken)
                : await _editor.SaveAsync(article, content, version, from, cancellationToken);

    // "Đã gộp với thay đổi của Lan lúc 09:05: Sapo, đoạn 3 của nội dung. " (issue 10), or "" when nothing was merged.
    private string MergedNotice(ArticleMergeReport? merge)
    {
        if (merge is null)
        {
            return "";
        }

        var taken = merge.TakenFromTheirs;
        return $"Đã gộp với thay đổi của {merge.StoredBy} lúc {_timeZone.FormatTime(merge.StoredAt)}"
            + (taken.Count == 0 ? "" : ": " + string.Join(", ", taken)) + ". ";
    }

    // The action's name inside a sentence ("Chưa gửi duyệt: …"), for the three buttons that save first.
    private static string Lower(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "gửi duyệt",
        WorkflowAction.PassOn => "chuyển duyệt",
        WorkflowAction.SendBack => "trả lại",
        _ => "xuất bản",
    };

    private async Task<ArticleEditModel?> KeptFormAsync(string? khoiphuc) =>
        khoiphuc is null || await _unsaved.TakeBackAsync(HttpContext, khoiphuc) is not { } fields
            ? null
            : ArticleEditModel.FromPosted(fields);

    private static string? KeptNotice(string? khoiphuc, ArticleEditModel? kept) =>
        khoiphuc is null ? null
        : kept is not null ? "Phiên đăng nhập đã hết khi bạn lưu, nên bài chưa được lưu. Nội dung bạn đã gõ được giữ lại dưới đây: hãy xem lại rồi bấm lưu."
        : "Không tìm thấy nội dung được giữ lại: đã quá 24 giờ, hoặc nội dung thuộc tài khoản khác. Biểu mẫu dưới đây là bản đang lưu.";
}
