namespace PublishingPortal.Core.Articles;

/// <summary>
/// Where an article stands in the editorial workflow. Stored by name (a string column), so the
/// numeric values may be reordered without a data migration. UI names (vi-VN) are in brackets.
/// </summary>
public enum ArticleStatus
{
    /// <summary>Being written; visible only in the admin area (Nháp).</summary>
    Draft,

    /// <summary>
    /// Passed on to the publishers and waiting for one to approve it (Chờ duyệt): an editor's "Chuyển duyệt", or
    /// the "Gửi duyệt" of someone who holds the Editor role.
    /// </summary>
    InReview,

    /// <summary>Visible to readers from <see cref="Article.PublishedAt"/> on (Đã xuất bản).</summary>
    Published,

    /// <summary>Approved and waiting for its publication time (Hẹn giờ).</summary>
    Scheduled,

    /// <summary>Taken down after publication (Gỡ xuống).</summary>
    Unpublished,

    /// <summary>In the trash; restorable until purged (Thùng rác).</summary>
    Trashed,

    /// <summary>A reporter's "Gửi duyệt": waiting for the editing desk (Chờ biên tập).</summary>
    Submitted,

    /// <summary>Sent back to its author with <see cref="Article.ReturnReason"/> (Bị trả lại); edited like a draft.</summary>
    Returned,
}
