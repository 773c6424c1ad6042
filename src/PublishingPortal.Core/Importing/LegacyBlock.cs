namespace PublishingPortal.Core.Importing;

/// <summary>One block of a legacy export's body, in file order.</summary>
/// <param name="Kind">Paragraph, sub-heading or photo caption.</param>
/// <param name="Text">The block's text, NFC, whitespace collapsed, lines of a wrapped block joined by one space;
/// for a caption with a photo credit, the caption without the credit.</param>
/// <param name="LineNumber">1-based line of the file where the block starts.</param>
/// <param name="Credit">For a caption that ended "… Ảnh: Minh Khôi" or "(Ảnh: Minh Khôi)", the photographer ("Minh Khôi"); otherwise null.</param>
public sealed record LegacyBlock(LegacyBlockKind Kind, string Text, int LineNumber, string? Credit = null);
