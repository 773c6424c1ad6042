namespace PublishingPortal.Core.Notifications;

/// <summary>
/// Why a <see cref="Notification"/> was written: the workflow transition that made it (issue 11, "Queue and
/// notifications"). Stored by name, so adding a kind needs no migration of old rows.
/// </summary>
public enum NotificationKind
{
    /// <summary>An article reached the desk (Submitted, "Chờ biên tập"): sent to the editors.</summary>
    Submitted,

    /// <summary>An article was passed on for approval (InReview, "Chờ duyệt"): sent to the publishers.</summary>
    InReview,

    /// <summary>An article was sent back (Returned) with a reason: sent to its author.</summary>
    Returned,

    /// <summary>Someone published the article: sent to its author.</summary>
    Published,

    /// <summary>The schedule published the article when its time came: sent to its author.</summary>
    PublishedOnSchedule,

    /// <summary>A publisher set a publication time (Scheduled): sent to its author.</summary>
    Scheduled,
}
