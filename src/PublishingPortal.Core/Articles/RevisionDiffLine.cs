namespace PublishingPortal.Core.Articles;

/// <summary>One line of a revision comparison.</summary>
/// <param name="Change">How the line differs.</param>
/// <param name="Number">1-based line number in its own text; null for an <see cref="RevisionDiffChange.Imaginary"/> filler.</param>
/// <param name="Text">The line without its line break; empty for a filler.</param>
/// <param name="Pieces">
/// For a <see cref="RevisionDiffChange.Modified"/> line, its words with their own change (fillers dropped),
/// so a view can mark exactly what changed; empty otherwise.
/// </param>
public sealed record RevisionDiffLine(RevisionDiffChange Change, int? Number, string Text, IReadOnlyList<RevisionDiffPiece> Pieces);
