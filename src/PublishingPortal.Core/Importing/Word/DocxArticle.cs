namespace PublishingPortal.Core.Importing.Word;

/// <summary>
/// What <see cref="DocxArticleReader"/> made of a Word file: the parts of an article draft, all text NFC.
/// </summary>
/// <param name="Title">The first line of text, at most <see cref="Articles.Article.TitleMaxLength"/> characters.</param>
/// <param name="Lead">The standfirst (see the reader's rule), plain text, or empty.</param>
/// <param name="BodyMarkdown">The body in the portal's Markdown; image N (1-based, in order) is written as the figure block of order N.</param>
/// <param name="Byline">The author line at the end, or null.</param>
/// <param name="Images">The embedded images in body order; the N-th is figure N.</param>
public sealed record DocxArticle(string Title, string Lead, string BodyMarkdown, string? Byline, IReadOnlyList<DocxImage> Images);

/// <summary>One embedded image as stored in the Word file (not checked: the media library does that).</summary>
/// <param name="Content">The image file's bytes.</param>
/// <param name="ContentType">MIME type the package declares, e.g. <c>image/jpeg</c>.</param>
/// <param name="FileName">Name of the part inside the package, e.g. <c>image1.jpeg</c>.</param>
/// <param name="Caption">Caption taken from the paragraph after the image, without the credit; may be empty.</param>
/// <param name="Credit">Credit after "Ảnh:" at the end of that caption, or null.</param>
/// <param name="AltText">The image's description in Word (<c>wp:docPr/@descr</c>), else the caption, else empty.</param>
public sealed record DocxImage(ReadOnlyMemory<byte> Content, string ContentType, string FileName, string Caption, string? Credit, string AltText);

/// <summary>Limits applied before and while a Word file is read.</summary>
/// <param name="MaxUncompressedBytes">Most bytes all parts of the package may unpack to, counted while unpacking.</param>
/// <param name="MaxImages">Most embedded images in the body.</param>
public sealed record DocxLimits(long MaxUncompressedBytes, int MaxImages);
