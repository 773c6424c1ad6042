namespace PublishingPortal.Core.Search;

/// <summary>A piece of text to show, marked or not (rendered as <c>&lt;mark&gt;</c> by the page, encoded either way).</summary>
/// <param name="Text">The original characters, unencoded.</param>
/// <param name="IsMatch">Whether the piece is a match of the query.</param>
public readonly record struct HighlightSegment(string Text, bool IsMatch);
