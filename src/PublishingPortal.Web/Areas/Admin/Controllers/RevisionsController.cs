using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Areas.Admin.Models.Articles;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// An article's revisions (Phiên bản) under <c>/admin/bai-viet/{id}/phien-ban</c>: the list and the
/// comparison of two, open to the whole newsroom; restoring one as a new revision needs the right to
/// edit the article. Views live with the other article views in <c>Areas/Admin/Views/Articles</c>.
/// </summary>
public sealed class RevisionsController : AdminController
{
    private const string ViewFolder = "~/Areas/Admin/Views/Articles/";

    private readonly ArticleEditor _editor;
    private readonly ArticleAdminQueries _queries;
    private readonly IAuthorizationService _authorization;

    /// <summary>Creates the controller.</summary>
    /// <param name="editor">Changes to articles.</param>
    /// <param name="queries">Reads for the admin pages.</param>
    /// <param name="authorization">Resource-based authorization.</param>
    public RevisionsController(ArticleEditor editor, ArticleAdminQueries queries, IAuthorizationService authorization)
    {
        _editor = editor;
        _queries = queries;
        _authorization = authorization;
    }

    /// <summary>GET <c>/admin/bai-viet/{id}/phien-ban</c>: who saved what when, newest first.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The list or 404.</returns>
    [HttpGet(AdminUrls.RevisionsTemplate)]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        var article = await _queries.LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var items = await _queries.RevisionsAsync(id, cancellationToken);
        var canRestore = await _authorization.MayAsync(User, article, WorkflowAction.Edit) && !await _editor.SavesAsCorrectionAsync(article);
        return View(ViewFolder + "Revisions.cshtml", new RevisionListPage(id, article.Title, items, canRestore));
    }

    /// <summary>
    /// GET <c>/admin/bai-viet/{id}/phien-ban/so-sanh?tu=&amp;den=&amp;kieu=</c>: two revisions compared,
    /// side by side (<c>kieu=song-song</c>, the default) or inline (<c>kieu=noi-dong</c>). Without
    /// numbers: the newest against the one before it.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="tu">Older revision number.</param>
    /// <param name="den">Newer revision number.</param>
    /// <param name="kieu">song-song or noi-dong.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The comparison, or 404 for an unknown article or revision.</returns>
    [HttpGet(AdminUrls.RevisionCompareTemplate)]
    public async Task<IActionResult> Compare(int id, string? tu, string? den, string? kieu, CancellationToken cancellationToken)
    {
        var article = await _queries.LoadAsync(id, cancellationToken);
        var items = await _queries.RevisionsAsync(id, cancellationToken);
        if (article is null || items.Count == 0)
        {
            return NotFound();
        }

        var to = Number(den) ?? items[0].Number;
        var from = Number(tu) ?? items.Where(r => r.Number < to).Select(r => r.Number).DefaultIfEmpty(to).Max();
        if (from > to)
        {
            (from, to) = (to, from);
        }

        var older = await _queries.RevisionAsync(id, from, cancellationToken);
        var newer = await _queries.RevisionAsync(id, to, cancellationToken);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        var inline = kieu == AdminUrls.CompareInline;
        var oldText = older.ToComparableText();
        var newText = newer.ToComparableText();
        var page = new RevisionComparePage(
            id,
            article.Title,
            Item(older),
            Item(newer),
            inline,
            inline ? [] : RevisionDiff.SideBySide(oldText, newText),
            inline ? RevisionDiff.Inline(oldText, newText) : [],
            await _authorization.MayAsync(User, article, WorkflowAction.Edit) && !await _editor.SavesAsCorrectionAsync(article));
        return View(ViewFolder + "Compare.cshtml", page);
    }

    /// <summary>
    /// POST <c>/admin/bai-viet/{id}/phien-ban/{n}/khoi-phuc</c>: copies revision n into the article as a
    /// new revision (audited as <see cref="Core.Auditing.AuditActions.RevisionRestored"/>); needs the
    /// right to edit the article, and for a live article the right to publish (else the change would skip the
    /// publisher; a message says so).
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="n">Revision number.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect to the edit page, 403 or 404.</returns>
    [HttpPost(AdminUrls.RevisionRestoreTemplate)]
    public async Task<IActionResult> Restore(int id, int n, CancellationToken cancellationToken)
    {
        var article = await _editor.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!await _authorization.MayAsync(User, article, WorkflowAction.Edit))
        {
            if (article.Status == ArticleStatus.Trashed)
            {
                Flash("Bài đang ở thùng rác: hãy khôi phục bài trước, rồi mới khôi phục phiên bản.");
                return Redirect(AdminUrls.ArticleEdit(id));
            }

            return Forbid();
        }

        var revision = await _queries.RevisionAsync(id, n, cancellationToken);
        if (revision is null)
        {
            return NotFound();
        }

        if (await _editor.SavesAsCorrectionAsync(article))
        {
            // Issue 11: restoring a revision would change what readers see without a publisher's approval.
            Flash("Bài đang đăng: chỉ người duyệt bài khôi phục được phiên bản. Bạn có thể sửa bài; bản sửa sẽ chờ người duyệt bài duyệt.");
            return Redirect(AdminUrls.Revisions(id));
        }

        var result = await _editor.RestoreRevisionAsync(article, revision, cancellationToken);
        Flash(result.Outcome == ArticleSaveOutcome.Saved
            ? $"Đã khôi phục phiên bản {n} thành phiên bản mới {result.RevisionNumber}."
            : "Bài viết vừa được người khác thay đổi nên chưa khôi phục. Hãy thử lại.");
        return Redirect(AdminUrls.ArticleEdit(id));
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static RevisionListItem Item(ArticleRevision revision) =>
        new(revision.Number, revision.CreatedAt, revision.UserName, revision.Summary);
}
