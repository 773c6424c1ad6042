using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Notifications;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The signed-in user's notifications (<c>/admin/thong-bao</c>) and "Đánh dấu đã đọc", one or all. Only one's own:
/// another account's notification id marks nothing.
/// </summary>
public sealed class NotificationsController : AdminController
{
    private readonly MyWorkQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Notification reads and updates.</param>
    public NotificationsController(MyWorkQueries queries)
    {
        _queries = queries;
    }

    /// <summary>GET <c>/admin/thong-bao?trang=</c>: newest first, read ones dimmed and labelled.</summary>
    /// <param name="trang">Page from 1.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.NotificationsTemplate)]
    public async Task<IActionResult> Index(int trang = 1, CancellationToken cancellationToken = default) =>
        View(await _queries.NotificationsAsync(User, trang, cancellationToken));

    /// <summary>POST <c>/admin/thong-bao/da-doc</c>: marks all my unread notifications read.</summary>
    /// <param name="back">Local path to return to (the home or this page); anything else returns to the notifications.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message.</returns>
    [HttpPost(AdminUrls.NotificationsReadTemplate)]
    public async Task<IActionResult> ReadAll(string? back, CancellationToken cancellationToken)
    {
        var count = await _queries.MarkReadAsync(User, null, cancellationToken);
        Flash(count == 0 ? "Không có thông báo chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.");
        return Redirect(Back(back));
    }

    /// <summary>POST <c>/admin/thong-bao/{id}/da-doc</c>: marks one of my notifications read.</summary>
    /// <param name="id">Notification id.</param>
    /// <param name="back">Local path to return to.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A redirect with a message; 404 when it is not mine or already read.</returns>
    [HttpPost(AdminUrls.NotificationReadTemplate)]
    public async Task<IActionResult> Read(long id, string? back, CancellationToken cancellationToken)
    {
        if (await _queries.MarkReadAsync(User, id, cancellationToken) == 0)
        {
            return NotFound();
        }

        Flash("Đã đánh dấu đã đọc.");
        return Redirect(Back(back));
    }

    private static string Back(string? back) =>
        LocalUrl.IsSafe(back) && back!.StartsWith(AdminUrls.Home, StringComparison.Ordinal) ? back : AdminUrls.Notifications();
}
