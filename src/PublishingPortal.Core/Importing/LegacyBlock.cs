namespace PublishingPortal.Core.Importing;

/// <summary>One block of a legacy export's body, in file order.</summary>
/// <param name="Kind">Paragraph, sub-heading or photo caption.</param>
/// <param name="Text">The block's text, NFC, whitespace collapsed, lines of a wrapped block joined by one space.</param>
/// <param name="LineNumber">1-based line of the file where the block starts.</param>
public sealed record LegacyBlock(LegacyBlockKind Kind, string Text, int LineNumber);
