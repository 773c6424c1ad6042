using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>Two revisions of an article compared.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Its current headline.</param>
/// <param name="From">The older revision (left, or deleted lines).</param>
/// <param name="To">The newer revision (right, or inserted lines).</param>
/// <param name="Inline">True for the inline view (kieu=noi-dong), false for side by side (kieu=song-song).</param>
/// <param name="Rows">Side-by-side rows (empty for the inline view).</param>
/// <param name="Lines">Inline lines (empty for the side-by-side view).</param>
/// <param name="CanRestore">Whether the user may restore a revision.</param>
public sealed record RevisionComparePage(
    int ArticleId,
    string Title,
    RevisionListItem From,
    RevisionListItem To,
    bool Inline,
    IReadOnlyList<RevisionDiffRow> Rows,
    IReadOnlyList<RevisionDiffLine> Lines,
    bool CanRestore);
