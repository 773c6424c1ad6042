namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary>"Việc của tôi", the admin home (<c>/admin</c>): what waits for me, what came back, my drafts, recent changes, my unread notifications.</summary>
public sealed class MyWorkPage
{
    /// <summary>Most items shown per list; the article list has the rest.</summary>
    public const int ListSize = 20;

    /// <summary>Vietnamese names of the user's roles, most powerful first.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Whether the user is on a desk (Editor or Publisher), i.e. whether "Chờ tôi xử lý" applies.</summary>
    public bool OnDesk { get; init; }

    /// <summary>Counts of the waiting articles by state and section, largest first.</summary>
    public IReadOnlyList<MyWorkGroup> WaitingGroups { get; init; } = [];

    /// <summary>The waiting articles, oldest save first (longest waiting), at most <see cref="ListSize"/>.</summary>
    public IReadOnlyList<MyWorkArticle> Waiting { get; init; } = [];

    /// <summary>For a publisher: scheduled articles by publication time, the work already decided.</summary>
    public IReadOnlyList<MyWorkArticle> Scheduled { get; init; } = [];

    /// <summary>My articles sent back to me, with the reason, newest first.</summary>
    public IReadOnlyList<MyWorkArticle> Returned { get; init; } = [];

    /// <summary>My drafts, newest save first.</summary>
    public IReadOnlyList<MyWorkArticle> Drafts { get; init; } = [];

    /// <summary>The latest revisions of my articles saved by others, newest first.</summary>
    public IReadOnlyList<MyWorkChange> RecentChanges { get; init; } = [];

    /// <summary>My unread notifications, newest first, at most <see cref="ListSize"/>.</summary>
    public IReadOnlyList<NotificationItem> Unread { get; init; } = [];

    /// <summary>All my unread notifications (may exceed <see cref="Unread"/>'s length).</summary>
    public int UnreadCount { get; init; }
}
