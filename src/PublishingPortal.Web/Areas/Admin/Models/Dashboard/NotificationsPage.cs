namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary><c>/admin/thong-bao</c>: my notifications, newest first, a page at a time.</summary>
/// <param name="Items">This page's notifications.</param>
/// <param name="UnreadCount">All my unread notifications.</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="HasNext">Whether an older page exists.</param>
public sealed record NotificationsPage(IReadOnlyList<NotificationItem> Items, int UnreadCount, int Page, bool HasNext);
