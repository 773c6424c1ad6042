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
/// An article's workflow transitions, the POSTs <c>/admin/bai-viet/{id}/{action}</c> behind the edit page's
/// buttons: submit, send back, publish, unpublish, trash, restore and purge (<see cref="AdminUrls.ArticleAction"/>).
/// Each asks the resource-based policy (<see cref="ArticleOperationRequirement"/>): a refusal about the user's
/// role answers 403; one caused only by the article's state (e.g. a second click on "Gửi duyệt") changes
/// nothing and says why (<see cref="WorkflowRefusal"/>). The work is <see cref="ArticleEditor"/>'s; afterwards
/// the user returns to the article's page when they may still open it, else to the list.
/// </summary>
public sealed class ArticleWorkflowController : AdminController
{
    // Sending back without a reason shows the edit page again, which lives with the other article views.
    private const string EditView = "~/Areas/Admin/Views/Articles/Edit.cshtml";
    private const string RestoreConfirmView = "~/Areas/Admin/Views/Articles/RestoreConfirm.cshtml";

    private const string ConflictMessage =
        "Bài viết vừa được người khác thay đổi nên thao tác chưa được thực hiện. Hãy xem lại bài rồi thử lại.";

    private readonly ArticleEditor _editor;
    private readonly ArticleAdminQueries _queries;
    private readonly IAuthorizationService _authorization;
    private readonly SiteTimeZone _timeZone;
    private readonly TimeProvider _clock;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to articles.</param>
    /// <param name="queries">Reads for the edit page shown again after a refused send-back.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    /// <param name="timeZone">Site time zone for the publish time and the messages.</param>
    /// <param name="clock">Clock deciding whether a restored scheduled piece's time has passed.</param>
    public ArticleWorkflowController(
        ArticleEditor editor, ArticleAdminQueries queries, IAuthorizationService authorization, SiteTimeZone timeZone, TimeProvider clock)
    {
        _clock = clock;
        _editor = editor;
        _queries = queries;
        _authorization = authorization;
        _timeZone = timeZone;
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/gui-duyet</c>: Draft/Returned → Submitted (Chờ biên tập), or → InReview (Chờ duyệt)
    /// when the sender holds Editor or higher.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleSubmitTemplate)]
    public Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.Submit, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/chuyen-duyet</c>: Submitted → InReview, the desk passes the piece on to the publishers.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticlePassOnTemplate)]
    public Task<IActionResult> PassOn(int id, CancellationToken cancellationToken) =>
        TransitionAsync(id, WorkflowAction.PassOn, null, null, cancellationToken);

    /// <summary>POST <c>/admin/bai-viet/{id}/tra-lai</c>: Submitted/InReview → Returned with a reason the author sees.</summary>
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

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/khoi-phuc</c>: out of the trash, into the state it had before
    /// (<see cref="ArticleWorkflow.RestoreTarget"/>). When that state is public the publisher first gets a confirmation
    /// page ("Bài sẽ hiện lại với bạn đọc. Xác nhận?") whose button posts again with <c>xacnhan=1</c>; anyone else gets
    /// a formerly public piece back Unpublished, and the message says so.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="xacnhan"><c>1</c> once the publisher has confirmed that readers will see the article again.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The confirmation page, a redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleRestoreTemplate)]
    public async Task<IActionResult> Restore(int id, string? xacnhan, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(article, WorkflowAction.Restore) is { } refusal)
        {
            return refusal;
        }

        var before = article.StatusBeforeTrash;
        var target = ArticleWorkflow.RestoreTarget(article, ArticleAuthorizationHandler.ActorOf(User), _clock.GetUtcNow());
        if (target.IsPublic() && xacnhan != "1")
        {
            var model = ArticleEditModel.From(article, _timeZone);
            model.Info = await _queries.EditInfoAsync(article, User, cancellationToken);
            return View(RestoreConfirmView, model);
        }

        var result = await _editor.TransitionAsync(article, WorkflowAction.Restore, null, null, cancellationToken);
        if (result.Outcome != ArticleSaveOutcome.Saved)
        {
            Flash(ConflictMessage);
            return Redirect(result.Current is null ? AdminUrls.Articles() : AdminUrls.ArticleEdit(id));
        }

        Flash(before is { } was && was.IsPublic() && !article.Status.IsPublic()
            ? $"Đã khôi phục bài khỏi thùng rác ở trạng thái \"{WorkflowLabels.Status(article.Status)}\": trước khi vào thùng rác bài ở trạng thái \"{WorkflowLabels.Status(was)}\", nhưng chỉ người duyệt bài mới đưa bài trở lại với bạn đọc."
            : WorkflowLabels.Done(WorkflowAction.Restore, article, _timeZone));
        return Redirect(await BackAsync(article));
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/ban-sua/duyet</c>: a publisher approves the pending correction of a live article
    /// (issue 11); readers see it at once, as one new revision. Refused (403) for anyone who may not publish or may not
    /// edit the article, and for the correction's own author: nobody approves their own correction.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleCorrectionApproveTemplate)]
    public async Task<IActionResult> ApproveCorrection(int id, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var actor = ArticleAuthorizationHandler.ActorOf(User);
        if (!await _authorization.MayPublishLiveAsync(User, article) || !await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            return Forbid();
        }

        if (article.PendingRevisionNumber is not { } number || await _queries.RevisionAsync(id, number, cancellationToken) is not { } pending)
        {
            Flash("Bài không có bản sửa nào chờ duyệt (có thể người khác vừa duyệt hoặc bỏ bản sửa).");
            return Redirect(AdminUrls.ArticleEdit(id));
        }

        if (pending.UserId == actor.UserId)
        {
            return Forbid();
        }

        var result = await _editor.ApproveCorrectionAsync(article, pending, cancellationToken);
        Flash(result.Outcome == ArticleSaveOutcome.Saved
            ? $"Đã duyệt bản sửa của {pending.UserName}: bạn đọc thấy nội dung mới (phiên bản {result.RevisionNumber})."
            : ConflictMessage);
        return Redirect(AdminUrls.ArticleEdit(id));
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/ban-sua/bo</c>: drops the pending correction; the live text stays. Allowed for a
    /// publisher who may edit the article and for the correction's own author; 403 for others.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message, 403 or 404.</returns>
    [HttpPost(AdminUrls.ArticleCorrectionDiscardTemplate)]
    public async Task<IActionResult> DiscardCorrection(int id, CancellationToken cancellationToken)
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

        if (article.PendingRevisionNumber is not { } number || await _queries.RevisionAsync(id, number, cancellationToken) is not { } pending)
        {
            Flash("Bài không có bản sửa nào chờ duyệt (có thể người khác vừa duyệt hoặc bỏ bản sửa).");
            return Redirect(AdminUrls.ArticleEdit(id));
        }

        var actor = ArticleAuthorizationHandler.ActorOf(User);
        if (!ArticleWorkflow.MayPublish(actor) && pending.UserId != actor.UserId)
        {
            return Forbid();
        }

        var result = await _editor.DiscardCorrectionAsync(article, cancellationToken);
        Flash(result.Outcome == ArticleSaveOutcome.Saved
            ? "Đã bỏ bản sửa chờ duyệt; bài đang đăng giữ nguyên."
            : ConflictMessage);
        return Redirect(AdminUrls.ArticleEdit(id));
    }

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
            Flash(ConflictMessage);
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
            return View(EditView, model);
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
            Flash(ConflictMessage);
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

        if (!await _authorization.IsAboutStateAsync(User, action, article))
        {
            return Forbid();
        }

        Flash($"Chưa thực hiện \"{WorkflowLabels.Action(action)}\": {WorkflowRefusal.Reason(User, action, article)}");
        return Redirect(await BackAsync(article));
    }

    // The article's page when the user may still open it (a trashed article's page included), else the list.
    private async Task<string> BackAsync(Article article) =>
        await _authorization.EditPageAccessAsync(User, article) == EditPageAccess.None
            ? AdminUrls.Articles()
            : AdminUrls.ArticleEdit(article.Id);
}
