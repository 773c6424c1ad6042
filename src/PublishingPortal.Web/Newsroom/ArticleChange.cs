using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Newsroom;

/// <summary>What <see cref="ArticleCommit"/> writes with one change to an article, besides the article itself.</summary>
/// <param name="By">Who made the change: named in the revision and the audit entry.</param>
/// <param name="Revision">
/// Summary of the revision to write, in Vietnamese ("Sửa bài: tiêu đề", "Xuất bản theo lịch"; cut to
/// <see cref="ArticleCommit.SummaryMaxLength"/> characters), or <see cref="NoRevision"/>: a purge writes
/// none, because the revisions go with the article, and neither does describing a figure from the edit form (the
/// form's next save is the revision).
/// </param>
/// <param name="AuditAction">Action of the audit entry: one of <see cref="AuditActions"/> or <see cref="MediaAuditActions"/>.</param>
/// <param name="AuditDetails">Text of the audit entry, given the number of the revision written (0 with <see cref="NoRevision"/>).</param>
public sealed record ArticleChange(EditorIdentity By, string? Revision, string AuditAction, Func<int, string> AuditDetails)
{
    /// <summary>Write no revision (a purge).</summary>
    public const string? NoRevision = null;

    /// <summary>
    /// True when the caller evicts the reader pages itself after several commits (the scheduler evicts each
    /// changed article and the lists once per run); false (the default) evicts after this commit.
    /// </summary>
    public bool CallerEvicts { get; init; }

    /// <summary>
    /// True when the change touches only the article's figure rows, none of the fields the edit form holds, and is
    /// made from that form itself (a photo added to the body or described in place, issue 10): the article row is
    /// not written, so its <see cref="Core.Articles.Article.Version"/> stays and the open form saves on without a
    /// conflict; that save re-renders the body with the figures. False (the default) renews the token.
    /// </summary>
    public bool KeepsFormVersion { get; init; }

    /// <summary>
    /// What the revision records instead of the committed article's own fields (same id), or null (the default): a
    /// pending correction (issue 11) is recorded as a revision while the article keeps the live text.
    /// </summary>
    public Core.Articles.Article? RevisionOf { get; init; }

    /// <summary>
    /// How the change treats <see cref="Core.Articles.Article.PendingRevisionNumber"/>: <see cref="PendingCorrection.Keep"/>
    /// (the default), <see cref="PendingCorrection.Mark"/> (the revision written is the pending correction) or
    /// <see cref="PendingCorrection.Clear"/> (approved or dropped).
    /// </summary>
    public PendingCorrection Pending { get; init; }
}

/// <summary>What a change does to an article's pending correction (<see cref="ArticleChange.Pending"/>).</summary>
public enum PendingCorrection
{
    /// <summary>Leaves it as it is.</summary>
    Keep,

    /// <summary>The revision this change writes becomes the pending correction.</summary>
    Mark,

    /// <summary>No correction waits any more.</summary>
    Clear,
}
