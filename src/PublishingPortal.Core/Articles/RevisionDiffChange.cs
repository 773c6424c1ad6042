namespace PublishingPortal.Core.Articles;

/// <summary>
/// How a line (or a word inside a changed line) of a revision comparison differs. The names, lower-cased,
/// are the CSS classes of the admin diff tables (<c>inserted</c>, <c>deleted</c>, <c>modified</c>, <c>imaginary</c>).
/// </summary>
public enum RevisionDiffChange
{
    /// <summary>The same on both sides.</summary>
    Unchanged,

    /// <summary>Only in the newer text.</summary>
    Inserted,

    /// <summary>Only in the older text.</summary>
    Deleted,

    /// <summary>Present on both sides with different content (side-by-side only; see <see cref="RevisionDiffLine.Pieces"/>).</summary>
    Modified,

    /// <summary>A filler row in a side-by-side view, opposite a line that exists only on the other side.</summary>
    Imaginary,
}
