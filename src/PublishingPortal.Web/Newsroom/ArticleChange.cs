using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Newsroom;

/// <summary>What <see cref="ArticleCommit"/> writes with one change to an article, besides the article itself.</summary>
/// <param name="By">Who made the change: named in the revision and the audit entry.</param>
/// <param name="Revision">
/// Summary of the revision to write, in Vietnamese ("Sửa bài: tiêu đề", "Xuất bản theo lịch"; cut to
/// <see cref="ArticleCommit.SummaryMaxLength"/> characters), or <see cref="NoRevision"/>: only a purge writes
/// none, because the revisions go with the article.
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
}
