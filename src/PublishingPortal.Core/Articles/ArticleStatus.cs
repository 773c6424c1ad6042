namespace PublishingPortal.Core.Articles;

/// <summary>
/// Where an article stands in the editorial workflow. Stored by name (a string column), so the
/// numeric values may be reordered without a data migration. UI names (vi-VN) are in brackets.
/// </summary>
public enum ArticleStatus
{
    /// <summary>Being written; visible only in the admin area (Nháp).</summary>
    Draft,

    /// <summary>Submitted and waiting for an approver (Chờ duyệt).</summary>
    InReview,

    /// <summary>Visible to readers from <see cref="Article.PublishedAt"/> on (Đã xuất bản).</summary>
    Published,

    /// <summary>Approved and waiting for its publication time (Hẹn giờ).</summary>
    Scheduled,

    /// <summary>Taken down after publication (Gỡ xuống).</summary>
    Unpublished,

    /// <summary>In the trash; restorable until purged (Thùng rác).</summary>
    Trashed,
}
