namespace PublishingPortal.Core.Articles;

/// <summary>One row of a side-by-side comparison: the older text's line beside the newer text's.</summary>
/// <param name="Old">Line of the older text (an <see cref="RevisionDiffChange.Imaginary"/> filler when the line was inserted).</param>
/// <param name="New">Line of the newer text (a filler when the line was deleted).</param>
public sealed record RevisionDiffRow(RevisionDiffLine Old, RevisionDiffLine New)
{
    /// <summary>True when the two sides differ.</summary>
    public bool IsChanged => Old.Change != RevisionDiffChange.Unchanged || New.Change != RevisionDiffChange.Unchanged;
}
