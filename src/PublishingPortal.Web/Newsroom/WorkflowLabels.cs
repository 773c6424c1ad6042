using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Vietnamese names of workflow states and actions (the UI terms of docs/editor-guide.md). The URL
/// segment of each action is <see cref="Routing.AdminUrls.ActionSegment"/>.
/// </summary>
public static class WorkflowLabels
{
    /// <summary>The Vietnamese name of a state.</summary>
    /// <param name="status">A state.</param>
    /// <returns>e.g. "Chờ duyệt" for <see cref="ArticleStatus.InReview"/>.</returns>
    public static string Status(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Nháp",
        ArticleStatus.InReview => "Chờ duyệt",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Scheduled => "Đã hẹn giờ",
        ArticleStatus.Submitted => "Chờ biên tập",
        ArticleStatus.Returned => "Bị trả lại",
        ArticleStatus.Unpublished => "Gỡ xuống",
        ArticleStatus.Trashed => "Thùng rác",
        _ => status.ToString(),
    };

    /// <summary>The Vietnamese label of an action, as on its button.</summary>
    /// <param name="action">An action.</param>
    /// <returns>e.g. "Gửi duyệt" for <see cref="WorkflowAction.Submit"/>.</returns>
    public static string Action(WorkflowAction action) => action switch
    {
        WorkflowAction.Create => "Tạo bài",
        WorkflowAction.Edit => "Sửa bài",
        WorkflowAction.Submit => "Gửi duyệt",
        WorkflowAction.SendBack => "Trả lại",
        WorkflowAction.PassOn => "Chuyển duyệt",
        WorkflowAction.Publish => "Xuất bản",
        WorkflowAction.Unpublish => "Gỡ xuống",
        WorkflowAction.Trash => "Chuyển vào thùng rác",
        WorkflowAction.Restore => "Khôi phục",
        WorkflowAction.Purge => "Xoá vĩnh viễn",
        _ => action.ToString(),
    };

    /// <summary>
    /// The state as the article list shows it: <see cref="Status"/>, and " · có bản sửa chờ duyệt" when a correction to the
    /// live article waits for a publisher (<see cref="Article.PendingRevisionNumber"/>).
    /// </summary>
    /// <param name="status">A state.</param>
    /// <param name="pendingCorrection">True when a correction waits.</param>
    /// <returns>e.g. "Đã xuất bản · có bản sửa chờ duyệt".</returns>
    public static string ListStatus(ArticleStatus status, bool pendingCorrection) =>
        pendingCorrection ? Status(status) + " · có bản sửa chờ duyệt" : Status(status);

    /// <summary>What the editor is told after a transition went through (the flash message).</summary>
    /// <param name="action">The action taken.</param>
    /// <param name="article">The article after the transition (its state and publication time).</param>
    /// <param name="timeZone">Site time zone for a scheduled time.</param>
    /// <returns>A Vietnamese sentence, e.g. "Đã gửi duyệt bài viết.".</returns>
    public static string Done(WorkflowAction action, Article article, SiteTimeZone timeZone) => action switch
    {
        WorkflowAction.Submit when article.Status == ArticleStatus.InReview => "Đã gửi duyệt: bài chờ người duyệt (Chờ duyệt).",
        WorkflowAction.Submit => "Đã gửi duyệt: bài chờ bàn biên tập (Chờ biên tập).",
        WorkflowAction.PassOn => "Đã chuyển bài lên người duyệt (Chờ duyệt).",
        WorkflowAction.SendBack => "Đã trả lại bài cho tác giả kèm lý do.",
        WorkflowAction.Publish when article.Status == ArticleStatus.Scheduled =>
            $"Đã hẹn giờ xuất bản lúc {timeZone.FormatDateTime(article.PublishedAt)}.",
        WorkflowAction.Publish => "Đã xuất bản bài viết.",
        WorkflowAction.Unpublish => "Đã gỡ bài xuống; bạn đọc không còn xem được bài.",
        WorkflowAction.Trash => "Đã chuyển bài vào thùng rác.",
        WorkflowAction.Restore => $"Đã khôi phục bài khỏi thùng rác; bài trở về trạng thái \"{Status(article.Status)}\".",
        _ => "Đã thực hiện.",
    };
}
