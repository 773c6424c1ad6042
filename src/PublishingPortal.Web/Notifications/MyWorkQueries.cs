using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Dashboard;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// Reads for "Việc của tôi" (issue 11) and the notifications: the admin home, the header's count, the notifications
/// page, and marking read. "Waiting for me" follows the desks of <see cref="NotificationRecipients"/>: an Editor's
/// are the Submitted articles; a Publisher's the InReview ones (and the Submitted ones while the newsroom has no
/// Editor); nobody's own articles; everyone's own Returned articles come back to them. Roles are read from the
/// sign-in cookie, so the header's count costs two COUNT queries.
/// </summary>
public sealed class MyWorkQueries
{
    /// <summary>Notifications per page of <c>/admin/thong-bao</c>.</summary>
    public const int PageSize = 50;

    private readonly PortalDbContext _db;
    private readonly UserManager<PortalUser> _users;
    private readonly SiteTimeZone _timeZone;
    private readonly TimeProvider _clock;
    private readonly AccountSections _sections;

    /// <summary>Creates the queries.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="users">For the account id in the cookie.</param>
    /// <param name="timeZone">Site time zone for the times shown.</param>
    /// <param name="clock">Clock for "read at".</param>
    /// <param name="sections">The account's per-section rights, which narrow its desks.</param>
    public MyWorkQueries(PortalDbContext db, UserManager<PortalUser> users, SiteTimeZone timeZone, TimeProvider clock, AccountSections sections)
    {
        _sections = sections;
        _db = db;
        _users = users;
        _timeZone = timeZone;
        _clock = clock;
    }


    /// <summary>The header's count for the signed-in user: two COUNT queries.</summary>
    /// <param name="user">The request's principal.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The counts; zeros for a principal without an account id.</returns>
    public async Task<MyWorkCount> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = _users.GetUserId(user);
        if (userId is null)
        {
            return new MyWorkCount(0, 0);
        }

        var unread = await _db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);
        var returned = ArticleStatus.Returned;
        var waiting = await (await DeskAsync(user, userId, cancellationToken))
            .Concat(_db.Articles.Where(a => a.AuthorId == userId && a.Status == returned))
            .CountAsync(cancellationToken);
        return new MyWorkCount(unread, waiting);
    }

    /// <summary>The admin home for the signed-in user.</summary>
    /// <param name="user">The request's principal.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page model.</returns>
    public async Task<MyWorkPage> PageAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = _users.GetUserId(user) ?? "";
        var onDesk = user.IsInRole(NewsroomRoles.Editor) || user.IsInRole(NewsroomRoles.Publisher);
        var desk = await DeskAsync(user, userId, cancellationToken);

        var groups = await desk
            .GroupBy(a => new { a.Status, a.CategoryId, Section = a.Category != null ? a.Category.Name : "" })
            .Select(g => new { g.Key.Status, g.Key.CategoryId, g.Key.Section, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var waiting = await List(desk.OrderBy(a => a.UpdatedAt), cancellationToken);

        var scheduled = ArticleStatus.Scheduled;
        var upcoming = user.IsInRole(NewsroomRoles.Publisher)
            ? await List(_db.Articles.Where(a => a.Status == scheduled).OrderBy(a => a.PublishedAt), cancellationToken, byPublication: true)
            : [];

        var returnedStatus = ArticleStatus.Returned;
        var draft = ArticleStatus.Draft;
        var returned = await List(_db.Articles.Where(a => a.AuthorId == userId && a.Status == returnedStatus).OrderByDescending(a => a.UpdatedAt), cancellationToken);
        var drafts = await List(_db.Articles.Where(a => a.AuthorId == userId && a.Status == draft).OrderByDescending(a => a.UpdatedAt), cancellationToken);

        var changes = await (
            from r in _db.ArticleRevisions
            join a in _db.Articles on r.ArticleId equals a.Id
            where a.AuthorId == userId && r.UserId != userId
            orderby r.CreatedAt descending, r.Id descending
            select new { r.ArticleId, r.Title, r.Number, r.UserName, r.Summary, r.CreatedAt })
            .Take(10)
            .ToListAsync(cancellationToken);

        var unread = await Notifications(userId).Where(n => n.ReadAt == null).Take(MyWorkPage.ListSize).ToListAsync(cancellationToken);
        var unreadCount = unread.Count < MyWorkPage.ListSize
            ? unread.Count
            : await _db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);

        var roles = NewsroomRoles.All.Where(user.IsInRole).Select(NewsroomRoles.DisplayName).ToList();
        return new MyWorkPage
        {
            Roles = roles,
            OnDesk = onDesk,
            WaitingGroups = groups.OrderByDescending(g => g.Count).ThenBy(g => g.Status).ThenBy(g => g.Section, StringComparer.CurrentCulture)
                .Select(g => new MyWorkGroup(g.Status, g.Section, g.CategoryId, g.Count)).ToList(),
            Waiting = waiting,
            Scheduled = upcoming,
            Returned = returned,
            Drafts = drafts,
            RecentChanges = changes.Select(c => new MyWorkChange(c.ArticleId, c.Title, c.Number, c.UserName, c.Summary, _timeZone.FormatDateTime(c.CreatedAt))).ToList(),
            Unread = unread.Select(Item).ToList(),
            UnreadCount = unreadCount,
        };
    }

    /// <summary>A page of the user's notifications, newest first, read and unread.</summary>
    /// <param name="user">The request's principal.</param>
    /// <param name="page">Page from 1 (smaller values read as 1).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page model.</returns>
    public async Task<NotificationsPage> NotificationsAsync(ClaimsPrincipal user, int page, CancellationToken cancellationToken)
    {
        var userId = _users.GetUserId(user) ?? "";
        page = Math.Max(1, page);
        var rows = await Notifications(userId).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var unread = await _db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);
        return new NotificationsPage(rows.Take(PageSize).Select(Item).ToList(), unread, page, rows.Count > PageSize);
    }

    /// <summary>Marks one of the user's notifications, or all of them, read (one UPDATE; someone else's id changes nothing).</summary>
    /// <param name="user">The request's principal.</param>
    /// <param name="id">A notification id, or null for all unread ones.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>How many were marked.</returns>
    public async Task<int> MarkReadAsync(ClaimsPrincipal user, long? id, CancellationToken cancellationToken)
    {
        var userId = _users.GetUserId(user) ?? "";
        var now = _clock.GetUtcNow();
        var mine = _db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null);
        if (id is { } one)
        {
            mine = mine.Where(n => n.Id == one);
        }

        return await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    // An account limited to some sections for a desk's right (editing for Submitted, publishing for InReview) sees
    // only those sections' articles on that desk; an article without a section only reaches unlimited accounts.
    private async Task<IQueryable<Article>> DeskAsync(ClaimsPrincipal user, string userId, CancellationToken cancellationToken)
    {
        var scope = await _sections.ForAsync(userId, cancellationToken);
        var editSections = scope.Allowed(SectionRight.Edit)?.ToArray();
        var publishSections = scope.Allowed(SectionRight.Publish)?.ToArray();
        var editAll = editSections is null;
        var publishAll = publishSections is null;
        editSections ??= [];
        publishSections ??= [];
        var editor = user.IsInRole(NewsroomRoles.Editor);
        var publisher = user.IsInRole(NewsroomRoles.Publisher);
        var submitted = ArticleStatus.Submitted;
        var inReview = ArticleStatus.InReview;
        var editors = from ur in _db.UserRoles
                      join r in _db.Roles on ur.RoleId equals r.Id
                      where r.Name == NewsroomRoles.Editor
                      select ur.UserId;
        var desk = _db.Articles.Where(a => (a.AuthorId == null || a.AuthorId != userId)
            && ((editor && a.Status == submitted
                    && (editAll || (a.CategoryId != null && editSections.Contains(a.CategoryId.Value))))
                || (publisher && (a.Status == inReview || (a.Status == submitted && !editors.Any()))
                    && (publishAll || (a.CategoryId != null && publishSections.Contains(a.CategoryId.Value))))));
        return desk;
    }

    private IQueryable<Core.Notifications.Notification> Notifications(string userId) =>
        _db.Notifications.Where(n => n.RecipientId == userId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);

    private NotificationItem Item(Core.Notifications.Notification n) =>
        new(n.Id, n.ArticleId, n.Text, _timeZone.FormatDateTime(n.CreatedAt), n.ReadAt is not null);

    private async Task<IReadOnlyList<MyWorkArticle>> List(IQueryable<Article> articles, CancellationToken cancellationToken, bool byPublication = false)
    {
        var rows = await articles
            .Select(a => new { a.Id, a.Title, Section = a.Category != null ? a.Category.Name : "", a.Status, a.UpdatedAt, a.PublishedAt, a.ReturnReason })
            .Take(MyWorkPage.ListSize)
            .ToListAsync(cancellationToken);
        return rows.Select(a => new MyWorkArticle(
            a.Id,
            a.Title,
            a.Section,
            a.Status,
            _timeZone.FormatDateTime(byPublication ? a.PublishedAt : a.UpdatedAt),
            a.Status == ArticleStatus.Returned ? a.ReturnReason : null)).ToList();
    }
}
