namespace PublishingPortal.Core.Articles;

/// <summary>A word or separator of a modified line, with how it changed.</summary>
/// <param name="Change"><see cref="RevisionDiffChange.Unchanged"/>, <see cref="RevisionDiffChange.Inserted"/> or <see cref="RevisionDiffChange.Deleted"/>.</param>
/// <param name="Text">The text of the piece, possibly whitespace.</param>
public sealed record RevisionDiffPiece(RevisionDiffChange Change, string Text);
