using System.Linq.Expressions;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Workflow;

/// <summary>
/// The editorial workflow's rules: which role may take which action on an article in which state,
/// and what each action does to the article. The role table is the one in issue #3, with the desk of issue 11:
/// a Reporter creates, edits their own drafts (and their own returned pieces) and sends them to the desk
/// ("Gửi duyệt": Draft/Returned → Submitted); an Editor edits any piece that is not in the trash, passes a submitted
/// one on to the publishers ("Chuyển duyệt": Submitted → InReview) and sends one back with a reason
/// ("Trả lại": Submitted/InReview → Returned); someone holding Editor or higher who sends a piece goes straight to
/// InReview; a Publisher publishes, schedules and unpublishes, but never their own piece; the Administrator may do
/// everything, purge included, but nobody approves their own piece.
/// Passing on is not approving: an editor may pass on a piece they wrote themselves (their own "Gửi duyệt" would
/// have put it in InReview anyway); only the publish step refuses the author.
/// </summary>
public static class ArticleWorkflow
{
    /// <summary>Longest reason accepted when sending back, in characters.</summary>
    public const int ReasonMaxLength = 2000;

    /// <summary>Decides whether an actor may take an action.</summary>
    /// <param name="actor">Who.</param>
    /// <param name="action">What.</param>
    /// <param name="status">The article's current state (ignored for <see cref="WorkflowAction.Create"/>).</param>
    /// <param name="authorId">The article's author (the user who created it), or null.</param>
    /// <returns>Allowed, or refused with a reason.</returns>
    public static WorkflowDecision Decide(Actor actor, WorkflowAction action, ArticleStatus status, string? authorId)
    {
        var admin = actor.Is(NewsroomRoles.Administrator);
        var publisher = admin || actor.Is(NewsroomRoles.Publisher);
        var editor = publisher || actor.Is(NewsroomRoles.Editor);
        var reporter = editor || actor.Is(NewsroomRoles.Reporter);
        var own = authorId is not null && authorId == actor.UserId;

        return action switch
        {
            WorkflowAction.Create => reporter ? WorkflowDecision.Yes : WorkflowDecision.No("Bạn không có quyền tạo bài."),
            WorkflowAction.Edit => CanEdit(status, own, editor, reporter),
            WorkflowAction.Submit => status is not (ArticleStatus.Draft or ArticleStatus.Returned)
                ? WorkflowDecision.No("Chỉ gửi duyệt được bài nháp hoặc bài bị trả lại.")
                : editor || (reporter && own) ? WorkflowDecision.Yes : WorkflowDecision.No("Phóng viên chỉ gửi duyệt được bài của mình."),
            WorkflowAction.PassOn => status != ArticleStatus.Submitted
                ? WorkflowDecision.No("Chỉ chuyển duyệt được bài đang chờ biên tập.")
                : editor ? WorkflowDecision.Yes : WorkflowDecision.No("Chỉ biên tập viên được chuyển duyệt."),
            WorkflowAction.SendBack => status is not (ArticleStatus.Submitted or ArticleStatus.InReview)
                ? WorkflowDecision.No("Chỉ trả lại được bài đang chờ biên tập hoặc chờ duyệt.")
                : editor ? WorkflowDecision.Yes : WorkflowDecision.No("Bạn không có quyền trả lại bài."),
            WorkflowAction.Publish => status is not (ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Submitted
                    or ArticleStatus.InReview or ArticleStatus.Unpublished or ArticleStatus.Scheduled)
                ? WorkflowDecision.No("Bài ở trạng thái này không xuất bản được.")
                : !publisher ? WorkflowDecision.No("Chỉ người duyệt bài được xuất bản.")
                : own ? WorkflowDecision.No("Không ai được tự duyệt bài của chính mình.")
                : WorkflowDecision.Yes,
            WorkflowAction.Unpublish => !status.IsPublic()
                ? WorkflowDecision.No("Chỉ gỡ được bài đã xuất bản hoặc đang hẹn giờ.")
                : publisher ? WorkflowDecision.Yes : WorkflowDecision.No("Chỉ người duyệt bài được gỡ bài."),
            WorkflowAction.Trash => status == ArticleStatus.Trashed
                ? WorkflowDecision.No("Bài đã ở trong thùng rác.")
                : CanTrash(status, own, editor, publisher, reporter),
            WorkflowAction.Restore => status != ArticleStatus.Trashed
                ? WorkflowDecision.No("Chỉ khôi phục được bài trong thùng rác.")
                : publisher || editor || (reporter && own) ? WorkflowDecision.Yes : WorkflowDecision.No("Bạn không có quyền khôi phục bài này."),
            WorkflowAction.Purge => status != ArticleStatus.Trashed
                ? WorkflowDecision.No("Chỉ xoá vĩnh viễn được bài trong thùng rác.")
                : admin ? WorkflowDecision.Yes : WorkflowDecision.No("Chỉ quản trị được xoá vĩnh viễn."),
            _ => WorkflowDecision.No("Thao tác không hợp lệ."),
        };
    }

    /// <summary>Whether the actor holds Publisher or Administrator, the roles whose corrections and restores may go public.</summary>
    /// <param name="actor">Who.</param>
    /// <returns>True for a publisher or an administrator (and <see cref="Actor.System"/>).</returns>
    public static bool MayPublish(Actor actor) => actor.Is(NewsroomRoles.Administrator) || actor.Is(NewsroomRoles.Publisher);

    /// <summary>
    /// The state a restore from the trash gives the article (issue 11): the one it had before
    /// (<see cref="Article.StatusBeforeTrash"/>, Draft when unknown). A public state (Published, Scheduled) is given back
    /// only to someone who may publish; anyone else gets it back Unpublished. A scheduled piece whose time has passed
    /// while it lay in the trash comes back Published.
    /// </summary>
    /// <param name="article">The trashed article.</param>
    /// <param name="actor">Who restores it.</param>
    /// <param name="now">Current UTC instant.</param>
    /// <returns>The state after the restore.</returns>
    public static ArticleStatus RestoreTarget(Article article, Actor actor, DateTimeOffset now)
    {
        var before = article.StatusBeforeTrash is { } s and not ArticleStatus.Trashed ? s : ArticleStatus.Draft;
        if (before.IsPublic() && !MayPublish(actor))
        {
            return ArticleStatus.Unpublished;
        }

        return before == ArticleStatus.Scheduled && article.PublishedAt is { } at && at <= now ? ArticleStatus.Published : before;
    }

    /// <summary>
    /// Applies a state change after <see cref="Decide"/> allowed it (Create, Edit and Purge change no state).
    /// </summary>
    /// <param name="article">The article, changed in place.</param>
    /// <param name="action">Submit, PassOn, SendBack, Publish, Unpublish, Trash or Restore.</param>
    /// <param name="now">Current UTC instant.</param>
    /// <param name="reason">Required for SendBack (1–<see cref="ReasonMaxLength"/> characters).</param>
    /// <param name="publishAt">For Publish: the publication instant; null means now; a future one schedules.</param>
    /// <param name="actor">
    /// Who acts, or null for a reporter (the safe reading): a Submit by someone holding Editor or higher goes straight to
    /// InReview, otherwise to Submitted; a Restore follows <see cref="RestoreTarget"/>, and with no actor a formerly public
    /// piece comes back Unpublished.
    /// </param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentException">SendBack without a reason.</exception>
    public static ArticleStatus Apply(
        Article article, WorkflowAction action, DateTimeOffset now, string? reason = null, DateTimeOffset? publishAt = null, Actor? actor = null)
    {
        var desk = actor is not null && (actor.Is(NewsroomRoles.Editor) || MayPublish(actor));
        switch (action)
        {
            case WorkflowAction.Submit:
                article.Status = desk ? ArticleStatus.InReview : ArticleStatus.Submitted;
                article.ReturnReason = null;
                break;
            case WorkflowAction.PassOn:
                article.Status = ArticleStatus.InReview;
                article.ReturnReason = null;
                break;
            case WorkflowAction.SendBack:
                if (string.IsNullOrWhiteSpace(reason) || reason.Length > ReasonMaxLength)
                {
                    throw new ArgumentException($"Cần ghi lý do trả lại (tối đa {ReasonMaxLength} ký tự).", nameof(reason));
                }

                article.Status = ArticleStatus.Returned;
                article.ReturnReason = reason.Trim();
                break;
            case WorkflowAction.Publish:
                var at = (publishAt ?? article.PublishedAt ?? now).ToUniversalTime();
                if (publishAt is null && article.Status != ArticleStatus.Scheduled && at > now)
                {
                    at = now;
                }

                article.PublishedAt = at;
                article.Status = at > now ? ArticleStatus.Scheduled : ArticleStatus.Published;
                article.ReturnReason = null;
                break;
            case WorkflowAction.Unpublish:
                article.Status = ArticleStatus.Unpublished;
                break;
            case WorkflowAction.Trash:
                article.StatusBeforeTrash = article.Status;
                article.Status = ArticleStatus.Trashed;
                break;
            case WorkflowAction.Restore:
                article.Status = RestoreTarget(article, actor ?? new Actor("", new HashSet<string>(StringComparer.Ordinal)), now);
                article.StatusBeforeTrash = null;
                break;
            default:
                break;
        }

        article.UpdatedAt = now.ToUniversalTime();
        return article.Status;
    }

    /// <summary>
    /// The articles whose own times call for a transition at <paramref name="now"/>: Scheduled ones whose
    /// publication instant has come, Published ones whose expiry has come. A query filter; <see cref="DueAction"/>
    /// names the transition for one article.
    /// </summary>
    /// <param name="now">Current UTC instant.</param>
    /// <returns>A predicate for <c>IQueryable&lt;Article&gt;.Where</c>.</returns>
    public static Expression<Func<Article, bool>> FallsDue(DateTimeOffset now) => a =>
        (a.Status == ArticleStatus.Scheduled && a.PublishedAt != null && a.PublishedAt <= now)
        || (a.Status == ArticleStatus.Published && a.ExpiresAt != null && a.ExpiresAt <= now);

    /// <summary>
    /// The transition an article's own times call for at <paramref name="now"/>, taken by <see cref="Actor.System"/>
    /// (the same rule as <see cref="FallsDue"/>, for one loaded article).
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="now">Current UTC instant.</param>
    /// <returns><see cref="WorkflowAction.Publish"/> (Scheduled, time come), <see cref="WorkflowAction.Unpublish"/>
    /// (Published, expired), or null when nothing is due.</returns>
    public static WorkflowAction? DueAction(Article article, DateTimeOffset now) => article.Status switch
    {
        ArticleStatus.Scheduled when article.PublishedAt <= now => WorkflowAction.Publish,
        ArticleStatus.Published when article.ExpiresAt <= now => WorkflowAction.Unpublish,
        _ => null,
    };

    // Issue 11: an editor works on every piece outside the trash; a correction to a live one by someone who may not
    // publish waits for a publisher (the caller stores it as a pending correction). A reporter keeps to their own
    // drafts and their own returned pieces.
    private static WorkflowDecision CanEdit(ArticleStatus status, bool own, bool editor, bool reporter)
    {
        if (status == ArticleStatus.Trashed)
        {
            return WorkflowDecision.No("Bài trong thùng rác phải được khôi phục trước khi sửa.");
        }

        if (editor)
        {
            return WorkflowDecision.Yes;
        }

        return reporter && own && status is ArticleStatus.Draft or ArticleStatus.Returned
            ? WorkflowDecision.Yes
            : WorkflowDecision.No("Phóng viên chỉ sửa được bài nháp hoặc bài bị trả lại của mình.");
    }

    private static WorkflowDecision CanTrash(ArticleStatus status, bool own, bool editor, bool publisher, bool reporter)
    {
        if (publisher)
        {
            return WorkflowDecision.Yes;
        }

        if (editor)
        {
            return status is ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Submitted or ArticleStatus.InReview
                ? WorkflowDecision.Yes
                : WorkflowDecision.No("Bài đã xuất bản phải do người duyệt gỡ xuống.");
        }

        return reporter && own && status is ArticleStatus.Draft or ArticleStatus.Returned
            ? WorkflowDecision.Yes
            : WorkflowDecision.No("Phóng viên chỉ bỏ được bài nháp của mình.");
    }
}
