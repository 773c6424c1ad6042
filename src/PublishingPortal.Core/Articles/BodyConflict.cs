namespace PublishingPortal.Core.Articles;

/// <summary>One place of the body both sides changed differently (a group of <see cref="ArticleMerge.Body"/>).</summary>
/// <param name="Mine">The posted side's paragraphs there, joined by one blank line ("" when that side deleted them).</param>
/// <param name="Theirs">The stored side's paragraphs there, joined the same way.</param>
public sealed record BodyConflict(string Mine, string Theirs);
