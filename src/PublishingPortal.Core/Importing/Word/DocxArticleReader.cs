using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PublishingPortal.Core.Articles;
using Drawing = DocumentFormat.OpenXml.Drawing;
using WordDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PublishingPortal.Core.Importing.Word;

/// <summary>
/// Turns a Word file (.docx) into the parts of an article draft, as pure code over the file's bytes.
/// <para>
/// Checks first, before the OpenXML SDK sees the file: an OLE compound file (a password-protected
/// .docx is one, and so is an old .doc) and anything that is not a ZIP are refused; every part is
/// unpacked once with a running count, so a ZIP bomb stops at <see cref="DocxLimits.MaxUncompressedBytes"/>
/// whatever its headers claim; a <c>vbaProject</c> part or a macro-enabled content type is refused.
/// </para>
/// <para>
/// The rules (decision 012): the <b>title</b> is the first paragraph with text, whatever its style
/// (a Title/Heading 1, or a bold line as reporters type it). The <b>lead</b> is the paragraph right
/// after it when that paragraph is entirely bold or entirely italic or has the Subtitle style, at most
/// <see cref="LeadMaxLength"/> characters; otherwise the lead is empty and the paragraph stays in the body
/// (length alone is not used: short first paragraphs are common body text). The <b>byline</b> is the
/// last paragraph when it has at most <see cref="BylineMaxLength"/> characters, does not end with
/// sentence punctuation and is right-aligned or entirely bold. A <b>caption</b> is the paragraph right
/// after a paragraph holding only images, when it has at most <see cref="CaptionMaxLength"/> characters
/// and has the Caption style, or is entirely italic, or starts with "Ảnh"; a trailing "Ảnh: X" becomes
/// the figure's credit. Headings 1–6 become <c>##</c>–<c>######</c> (the page's h1 is the title); bold,
/// italic, http(s)/mailto links, bulleted and numbered lists (nested by level) and tables (a pipe table,
/// first row as header) are kept; fonts, colours, sizes and empty paragraphs are dropped.
/// </para>
/// </summary>
public static partial class DocxArticleReader
{
    /// <summary>Longest paragraph taken as the lead, in characters.</summary>
    public const int LeadMaxLength = 1000;

    /// <summary>Longest last paragraph taken as the byline, in characters.</summary>
    public const int BylineMaxLength = 60;

    /// <summary>Longest paragraph taken as a caption, in characters.</summary>
    public const int CaptionMaxLength = 300;

    /// <summary>Most parts a package may hold.</summary>
    public const int MaxParts = 2000;

    /// <summary>Message for a file that is not a readable Word document.</summary>
    public const string CorruptMessage = "Tệp bị hỏng hoặc không phải tài liệu Word (.docx) hợp lệ. Hãy mở tệp trong Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi thử lại.";

    /// <summary>Message for a file that is not a ZIP package.</summary>
    public const string NotDocxMessage = "Tệp không phải tài liệu Word .docx. Hãy chọn tệp .docx (Word 2007 trở lên).";

    /// <summary>Message for an encrypted document or an old .doc.</summary>
    public const string EncryptedMessage = "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu, lưu lại rồi thử lại.";

    /// <summary>Message for an old binary .doc file.</summary>
    public const string OldDocMessage = "Tệp là định dạng Word cũ (.doc). Hãy mở tệp trong Word hoặc LibreOffice và lưu lại dưới dạng .docx rồi thử lại.";

    /// <summary>Message for a macro-enabled document.</summary>
    public const string MacroMessage = "Tệp có chứa macro nên không được nhận. Hãy lưu lại dưới dạng tài liệu Word không có macro (.docx) rồi thử lại.";

    /// <summary>Message for a document without text.</summary>
    public const string EmptyMessage = "Tài liệu không có dòng chữ nào để làm tiêu đề bài.";

    private const string Bullet = "bullet";

    // Marks a list item's Markdown until the blocks are joined.
    private const char ListItemMark = '\u0001';

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Reads a Word file.
    /// </summary>
    /// <param name="docx">The file; read to its end (at most what the caller let through); need not be seekable.</param>
    /// <param name="limits">Unpacked size and image count limits.</param>
    /// <returns>Title, lead, Markdown body, byline and the images in order.</returns>
    /// <exception cref="DocxRefusedException">The file is refused; the message says why, in Vietnamese.</exception>
    public static DocxArticle Read(Stream docx, DocxLimits limits)
    {
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(OleSignature))
        {
            // An encrypted OOXML file is a compound file with an "EncryptedPackage" stream (MS-OFFCRYPTO 2.3.4.4).
            var encrypted = bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
            throw new DocxRefusedException(DocxRefusal.Encrypted, encrypted ? EncryptedMessage : OldDocMessage);
        }

        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            throw new DocxRefusedException(DocxRefusal.NotDocx, NotDocxMessage);
        }

        buffer.Position = 0;
        CheckPackage(buffer, limits);
        buffer.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(buffer, false);
            if (document.DocumentType != WordprocessingDocumentType.Document)
            {
                throw new DocxRefusedException(DocxRefusal.MacroEnabled, MacroMessage);
            }

            return new Converter(document, limits).Convert();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException
            or InvalidOperationException or IOException or FormatException or NotSupportedException)
        {
            throw new DocxRefusedException(DocxRefusal.Corrupt, CorruptMessage, ex);
        }
    }

    /// <summary>
    /// The size message: what the limit is, in MB with one decimal.
    /// </summary>
    /// <param name="limit">The limit in bytes.</param>
    /// <returns>The Vietnamese message.</returns>
    public static string TooLargeMessage(long limit) => string.Create(
        CultureInfo.GetCultureInfo("vi-VN"),
        $"Tài liệu khi giải nén vượt quá {limit / 1024d / 1024d:0.#} MB nên không được nhận (có thể là tệp độc hại). Hãy giảm dung lượng ảnh trong tài liệu rồi thử lại.");

    private static void CheckPackage(Stream package, DocxLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxParts)
            {
                throw new DocxRefusedException(DocxRefusal.TooLarge, TooLargeMessage(limits.MaxUncompressedBytes));
            }

            long total = 0;
            var chunk = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.Contains("vbaData", StringComparison.OrdinalIgnoreCase))
                {
                    throw new DocxRefusedException(DocxRefusal.MacroEnabled, MacroMessage);
                }

                // Headers can lie: count what actually comes out, and stop at the limit.
                total += entry.Length;
                if (total > limits.MaxUncompressedBytes)
                {
                    throw new DocxRefusedException(DocxRefusal.TooLarge, TooLargeMessage(limits.MaxUncompressedBytes));
                }

                total -= entry.Length;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    total += read;
                    if (total > limits.MaxUncompressedBytes)
                    {
                        throw new DocxRefusedException(DocxRefusal.TooLarge, TooLargeMessage(limits.MaxUncompressedBytes));
                    }
                }

                if (entry.FullName.Equals("[Content_Types].xml", StringComparison.Ordinal))
                {
                    using var types = new StreamReader(entry.Open());
                    if (types.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new DocxRefusedException(DocxRefusal.MacroEnabled, MacroMessage);
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocxRefusedException(DocxRefusal.Corrupt, CorruptMessage, ex);
        }
    }

    [GeneratedRegex(@"^(?<caption>.*\S)\s+[(]?Ảnh\s*:\s*(?<credit>[^.:()]{1,80}?)[)]?\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    private sealed record Segment(string Text, bool Bold, bool Italic, string? Href);

    private sealed record Block(string Kind, string Markdown, string PlainText, OpenXmlElement? Source, int Images)
    {
        public bool AllBold { get; init; }

        public bool AllItalic { get; init; }

        public string Style { get; init; } = "";

        public bool RightAligned { get; init; }
    }

    private sealed class Converter
    {
        private readonly DocxLimits _limits;
        private readonly MainDocumentPart _main;
        private readonly List<DocxImage> _images = [];
        private readonly Dictionary<string, string> _styleNames = new(StringComparer.Ordinal);

        public Converter(WordprocessingDocument document, DocxLimits limits)
        {
            _limits = limits;
            _main = document.MainDocumentPart ?? throw new DocxRefusedException(DocxRefusal.Corrupt, CorruptMessage);
            foreach (var style in _main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styleNames[id] = (style.StyleName?.Val?.Value ?? id).ToLowerInvariant();
                }
            }
        }

        public DocxArticle Convert()
        {
            var body = _main.Document?.Body ?? throw new DocxRefusedException(DocxRefusal.Corrupt, CorruptMessage);
            var blocks = new List<Block>();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        blocks.AddRange(ParagraphBlocks(paragraph));
                        break;
                    case Table table:
                        var pipeTable = TableMarkdown(table);
                        if (pipeTable.Length > 0)
                        {
                            blocks.Add(new Block("table", pipeTable, table.InnerText, null, 0));
                        }

                        // A pipe table cell holds no figure: pictures in cells follow the table, in order.
                        var pictures = table.Descendants<Drawing.Blip>().Count(b => b.Embed?.Value is not null);
                        if (pictures > 0)
                        {
                            blocks.Add(new Block("figures", "", "", table, pictures));
                        }

                        break;
                    case SdtBlock sdt:
                        foreach (var inner in sdt.Descendants<Paragraph>())
                        {
                            blocks.AddRange(ParagraphBlocks(inner));
                        }

                        break;
                }
            }

            var titleIndex = blocks.FindIndex(b => b.Kind is "p" or "h" && b.PlainText.Length > 0);
            if (titleIndex < 0)
            {
                throw new DocxRefusedException(DocxRefusal.Empty, EmptyMessage);
            }

            var title = Shorten(blocks[titleIndex].PlainText, Article.TitleMaxLength);
            blocks.RemoveAt(titleIndex);

            var lead = "";
            if (titleIndex < blocks.Count && blocks[titleIndex] is { Kind: "p" } next
                && next.PlainText.Length <= LeadMaxLength
                && (next.AllBold || next.AllItalic || next.Style is "subtitle"))
            {
                lead = next.PlainText;
                blocks.RemoveAt(titleIndex);
            }

            string? byline = null;
            if (blocks.Count > 0 && blocks[^1] is { Kind: "p" } last
                && last.PlainText.Length <= BylineMaxLength
                && !".:;!?…".Contains(last.PlainText[^1], StringComparison.Ordinal)
                && (last.RightAligned || last.AllBold))
            {
                byline = last.PlainText;
                blocks.RemoveAt(blocks.Count - 1);
            }

            var markdownBlocks = new List<string>();
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (block.Kind == "figures")
                {
                    var first = _images.Count + 1;
                    var found = CollectImages(block.Source!);
                    var caption = "";
                    if (i + 1 < blocks.Count && IsCaption(blocks[i + 1]))
                    {
                        caption = blocks[i + 1].PlainText;
                        i++;
                    }

                    for (var k = 0; k < found.Count; k++)
                    {
                        var (image, alt) = found[k];
                        var own = k == found.Count - 1 ? caption : "";
                        string? credit = null;
                        if (TrailingCredit().Match(own) is { Success: true } m)
                        {
                            own = m.Groups["caption"].Value;
                            credit = m.Groups["credit"].Value.Trim();
                        }

                        var order = first + k;
                        _images.Add(image with { Caption = own, Credit = credit, AltText = alt.Length > 0 ? alt : own });
                        markdownBlocks.Add(ArticleBodyRenderer.FigureBlock(order, own, credit));
                    }

                    continue;
                }

                markdownBlocks.Add(block.Markdown);
            }

            var joined = new StringBuilder();
            var previousWasItem = false;
            foreach (var text in markdownBlocks)
            {
                // Consecutive list items stay one list: a single line break between them.
                var isItem = text.StartsWith(ListItemMark);
                if (joined.Length > 0)
                {
                    joined.Append(isItem && previousWasItem ? "\n" : "\n\n");
                }

                joined.Append(isItem ? text[1..] : text);
                previousWasItem = isItem;
            }

            return new DocxArticle(title, lead, joined.ToString(), byline, _images);
        }

        private static bool IsCaption(Block block) =>
            block.Kind == "p"
            && block.PlainText.Length <= CaptionMaxLength
            && (block.Style is "caption" || block.AllItalic || block.PlainText.StartsWith("Ảnh", StringComparison.Ordinal));

        private IEnumerable<Block> ParagraphBlocks(Paragraph paragraph)
        {
            var segments = Segments(paragraph);
            var plain = Collapse(string.Concat(segments.Select(s => s.Text)));
            var drawings = paragraph.Descendants<Drawing.Blip>().Count(b => b.Embed?.Value is not null);
            var style = StyleName(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            var visible = segments.Where(s => s.Text.Trim().Length > 0).ToList();
            if (plain.Length > 0)
            {
                var markdown = Inline(segments);
                var level = HeadingLevel(paragraph, style);
                var kind = "p";
                if (level > 0)
                {
                    kind = "h";
                    markdown = new string('#', Math.Clamp(level, 2, 6)) + " " + markdown;
                }
                else if (ListMarker(paragraph) is { } marker)
                {
                    kind = "li";
                    markdown = ListItemMark + marker + markdown;
                }

                yield return new Block(kind, markdown, plain, paragraph, 0)
                {
                    AllBold = visible.All(s => s.Bold),
                    AllItalic = visible.All(s => s.Italic),
                    Style = style,
                    RightAligned = paragraph.ParagraphProperties?.Justification?.Val?.Value is { } jc
                        && (jc == JustificationValues.Right || jc == JustificationValues.End),
                };
            }

            if (drawings > 0)
            {
                yield return new Block("figures", "", "", paragraph, drawings);
            }
        }

        private string StyleName(string? styleId) =>
            styleId is null ? "" : _styleNames.TryGetValue(styleId, out var name) ? name : styleId.ToLowerInvariant();

        private static int HeadingLevel(Paragraph paragraph, string style)
        {
            if (style == "title")
            {
                return 1;
            }

            var compact = style.Replace(" ", "", StringComparison.Ordinal);
            if (compact.StartsWith("heading", StringComparison.Ordinal)
                && int.TryParse(compact.AsSpan("heading".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                && level is >= 1 and <= 9)
            {
                return level;
            }

            return paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 6 ? outline + 1 : 0;
        }

        private string? ListMarker(Paragraph paragraph)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties;
            var numId = numbering?.NumberingId?.Val?.Value;
            if (numId is null or 0)
            {
                return null;
            }

            var level = Math.Clamp(numbering!.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
            var ordered = NumberFormat(numId.Value, level) is { } format && format != Bullet;
            // Each level indents by the width of the marker above ("- " or "1. "), which CommonMark needs.
            var indent = new string(' ', level * (ordered ? 3 : 2));
            return indent + (ordered ? "1. " : "- ");
        }

        private string? NumberFormat(int numId, int level)
        {
            var numbering = _main.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var lvl = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            var format = lvl?.NumberingFormat?.Val;
            return format is null ? null : format.Value == NumberFormatValues.Bullet ? Bullet : "ordered";
        }

        private List<Segment> Segments(OpenXmlElement container)
        {
            var segments = new List<Segment>();
            foreach (var run in container.Descendants<Run>())
            {
                // Runs of a table nested in a cell's paragraph are read with that cell.
                var text = new StringBuilder();
                foreach (var child in run.ChildElements)
                {
                    switch (child)
                    {
                        case Text t:
                            text.Append(t.Text);
                            break;
                        case TabChar or Break or CarriageReturn:
                            text.Append(' ');
                            break;
                        case NoBreakHyphen:
                            text.Append('-');
                            break;
                    }
                }

                if (text.Length == 0)
                {
                    continue;
                }

                var properties = run.RunProperties;
                var characterStyle = StyleName(properties?.RunStyle?.Val?.Value);
                var bold = On(properties?.Bold) || characterStyle.Contains("strong", StringComparison.Ordinal);
                var italic = On(properties?.Italic) || (characterStyle.Contains("emphasis", StringComparison.Ordinal) && !characterStyle.Contains("strong", StringComparison.Ordinal));
                segments.Add(new Segment(text.ToString().Normalize(NormalizationForm.FormC), bold, italic, Href(run)));
            }

            return segments;
        }

        private static bool On(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

        private string? Href(Run run)
        {
            var link = run.Ancestors<Hyperlink>().FirstOrDefault();
            if (link?.Id?.Value is not { } id)
            {
                return null;
            }

            var relationship = _main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            var uri = relationship?.Uri;
            if (uri is null || !uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https" or "mailto"))
            {
                return null;
            }

            return uri.AbsoluteUri.Replace(" ", "%20", StringComparison.Ordinal)
                .Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
                .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        }

        private static string Inline(List<Segment> segments)
        {
            // Merge neighbours with the same formatting so that "**a****b**" never appears.
            var merged = new List<Segment>();
            foreach (var segment in segments)
            {
                if (merged.Count > 0 && merged[^1] is var previous
                    && previous.Bold == segment.Bold && previous.Italic == segment.Italic && previous.Href == segment.Href)
                {
                    merged[^1] = previous with { Text = previous.Text + segment.Text };
                }
                else
                {
                    merged.Add(segment);
                }
            }

            var text = new StringBuilder();
            var i = 0;
            while (i < merged.Count)
            {
                var href = merged[i].Href;
                if (href is null)
                {
                    text.Append(Emphasis(merged[i]));
                    i++;
                    continue;
                }

                var label = new StringBuilder();
                while (i < merged.Count && merged[i].Href == href)
                {
                    label.Append(Emphasis(merged[i]));
                    i++;
                }

                var inner = label.ToString();
                var trimmed = inner.Trim();
                text.Append(inner[..(inner.Length - inner.TrimStart().Length)])
                    .Append('[').Append(trimmed).Append("](").Append(href).Append(')')
                    .Append(inner[inner.TrimEnd().Length..]);
            }

            return Collapse(text.ToString());
        }

        private static string Emphasis(Segment segment)
        {
            var core = segment.Text.Trim();
            if (core.Length == 0)
            {
                return segment.Text.Length > 0 ? " " : "";
            }

            // Bold or italic punctuation alone ("**,**") is not emphasis in CommonMark and would show its stars.
            var marker = !core.Any(char.IsLetterOrDigit) ? "" : (segment.Bold ? "**" : "") + (segment.Italic ? "*" : "");
            var before = segment.Text.Length > segment.Text.TrimStart().Length ? " " : "";
            var after = segment.Text.Length > segment.Text.TrimEnd().Length ? " " : "";
            var closing = new string(marker.Reverse().ToArray());
            return before + marker + MarkdownText.Escape(core) + closing + after;
        }

        private string TableMarkdown(Table table)
        {
            var rows = table.Elements<TableRow>()
                .Select(r => r.Elements<TableCell>().SelectMany(c =>
                {
                    var text = Inline(Segments(c)).Replace("\n", " ", StringComparison.Ordinal);
                    var span = c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    return Enumerable.Repeat("", Math.Clamp(span, 1, 64) - 1).Prepend(text);
                }).ToList())
                .Where(r => r.Count > 0)
                .ToList();
            if (rows.Count == 0 || rows.All(r => r.All(c => c.Length == 0)))
            {
                return "";
            }

            var columns = rows.Max(r => r.Count);
            var markdown = new StringBuilder();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Concat(Enumerable.Repeat("", columns - rows[r].Count));
                markdown.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
                if (r == 0)
                {
                    markdown.Append('|').AppendJoin('|', Enumerable.Repeat(" --- ", columns)).Append("|\n");
                }
            }

            return markdown.ToString().TrimEnd('\n');
        }

        private List<(DocxImage Image, string Alt)> CollectImages(OpenXmlElement container)
        {
            var found = new List<(DocxImage, string)>();
            foreach (var blip in container.Descendants<Drawing.Blip>())
            {
                if (blip.Embed?.Value is not { } id || _main.GetPartById(id) is not ImagePart part)
                {
                    continue;
                }

                if (_images.Count + found.Count >= _limits.MaxImages)
                {
                    throw new DocxRefusedException(DocxRefusal.TooManyImages, string.Create(
                        CultureInfo.InvariantCulture, $"Tài liệu có hơn {_limits.MaxImages} ảnh, quá số ảnh được nhận một lần. Hãy tách thành nhiều bài hoặc bớt ảnh."));
                }

                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var alt = blip.Ancestors<WordDrawing.Inline>().FirstOrDefault()?.DocProperties?.Description?.Value
                    ?? blip.Ancestors<WordDrawing.Anchor>().FirstOrDefault()?.Descendants<WordDrawing.DocProperties>().FirstOrDefault()?.Description?.Value
                    ?? "";
                var name = part.Uri.OriginalString[(part.Uri.OriginalString.LastIndexOf('/') + 1)..];
                found.Add((new DocxImage(copy.ToArray(), part.ContentType, name, "", null, ""), Collapse(alt.Normalize(NormalizationForm.FormC))));
            }

            return found;
        }

        private static string Collapse(string text) =>
            string.Join(' ', text.Split([' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

        private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd();
    }
}
