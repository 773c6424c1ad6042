namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary>One notification as listed in the admin.</summary>
/// <param name="Id">Notification id (for "Đánh dấu đã đọc").</param>
/// <param name="ArticleId">The article it is about.</param>
/// <param name="Text">The sentence.</param>
/// <param name="At">When it was written, site time, "dd/MM/yyyy HH:mm".</param>
/// <param name="Read">Whether it was marked read.</param>
public sealed record NotificationItem(long Id, int ArticleId, string Text, string At, bool Read);
