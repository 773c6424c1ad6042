using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Importing;

/// <summary>
/// Parses the text export of a legacy provincial portal's article page (the blocks
/// <c>Block_BanTin_Toolbar</c> and <c>Block_BanTin_ViewData</c>); the format and every tolerated
/// variation are described in <c>docs/import-format.md</c>.
/// </summary>
public static partial class LegacyArticleParser
{
    /// <summary>Marker that opens the toolbar block (date, font-size label, title, lead).</summary>
    public const string ToolbarMarker = "Block_BanTin_Toolbar";

    /// <summary>Marker that opens the view-data block (figures, body, byline).</summary>
    public const string ViewDataMarker = "Block_BanTin_ViewData";

    /// <summary>Longest text, in characters, still taken for a caption or sub-heading rather than a paragraph.</summary>
    public const int ShortLineMaxLength = 200;

    private const int BylineMaxLength = 80;

    // Lines that end the article: everything from such a line on is page furniture.
    private static readonly HashSet<string> SectionEnds = new(StringComparer.Ordinal)
    {
        "tin lien quan", "cac tin khac", "tin khac", "tin cung chuyen muc", "bai viet lien quan",
        "binh luan", "y kien ban doc", "gui binh luan", "viet binh luan", "gui y kien",
    };

    // Words of the toolbar's font-size buttons ("Tăng cỡ chữ Giảm cỡ chữ", "Cỡ chữ mặc định", "A- A A+").
    private static readonly HashSet<string> ToolbarWords = new(StringComparer.Ordinal)
    {
        "tang", "giam", "co", "chu", "mac", "dinh", "lon", "nho", "hon", "a", "thu", "cn", "nhat",
        "hai", "ba", "tu", "nam", "sau", "bay", "ngay", "gio", "h",
    };

    // Words of share, print and comment widgets that legacy pages print after the byline.
    private static readonly HashSet<string> WidgetWords = new(StringComparer.Ordinal)
    {
        "chia", "se", "share", "like", "thich", "tweet", "twitter", "facebook", "zalo", "email", "gui", "in",
        "bai", "print", "copy", "link", "sao", "chep", "lien", "ket", "binh", "luan", "luot", "xem", "views",
        "comment", "comments", "len", "dau", "trang", "tro", "ve", "quay", "lai", "luu", "x", "messenger",
    };

    /// <summary>
    /// Parses one export.
    /// </summary>
    /// <param name="text">The file's text as decoded from UTF-8 (a BOM, CRLF or NFD text are all accepted).</param>
    /// <returns>The article's parts.</returns>
    /// <exception cref="LegacyFormatException">The text is not such an export; the message names the line and the reason.</exception>
    public static LegacyArticle Parse(string text)
    {
        var lines = Normalise(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines).Trim())));

        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0)
        {
            throw new LegacyFormatException(1, "tệp rỗng");
        }

        if (!lines[first].Contains(ToolbarMarker, StringComparison.OrdinalIgnoreCase))
        {
            throw new LegacyFormatException(first + 1, $"dòng đầu phải là dấu mốc \"{ToolbarMarker}\"");
        }

        var viewData = lines.FindIndex(first + 1, l => l.Contains(ViewDataMarker, StringComparison.OrdinalIgnoreCase));
        if (viewData < 0)
        {
            // Reported at the file's last line with text: the parser read that far without finding it.
            throw new LegacyFormatException(lines.FindLastIndex(l => l.Length > 0) + 1, $"không thấy dấu mốc \"{ViewDataMarker}\"");
        }

        var (title, lead, date, time) = ParseHeader(lines, first + 1, viewData);
        var blocks = SplitBlocks(lines, viewData + 1);
        TrimFurniture(blocks);
        var source = TakeSource(blocks);
        var byline = TakeByline(blocks);
        source ??= TakeSource(blocks);
        if (blocks.Count == 0)
        {
            throw new LegacyFormatException(viewData + 1, "phần nội dung sau dấu mốc trống");
        }

        var classified = blocks.Select(b => Classify(b.Text, b.Line)).ToList();
        return new LegacyArticle(title, lead, date, time, classified, byline, source, hash);
    }

    private static List<string> Normalise(string text)
    {
        var normal = text.Replace("\uFEFF", "", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Normalize(NormalizationForm.FormC);
        return normal.Split('\n').Select(CleanLine).ToList();
    }

    private static string CleanLine(string line)
    {
        // Non-breaking, figure, narrow and zero-width spaces and tabs all count as one plain space.
        var replaced = SpaceLike().Replace(line, " ");
        return Whitespace().Replace(replaced, " ").Trim();
    }

    private static (string Title, string Lead, DateOnly? Date, TimeOnly? Time) ParseHeader(List<string> lines, int from, int to)
    {
        string? title = null;
        DateOnly? date = null;
        TimeOnly? time = null;
        var lead = new List<string>();
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null)
            {
                var match = DateLine().Match(line);
                if (date is null && match.Success && (line.Length <= 60 || IsToolbarLabel(line)))
                {
                    (date, time) = ReadDate(match, i + 1);
                    continue;
                }

                if (IsToolbarLabel(line) || IsWidgetLine(line))
                {
                    continue;
                }

                if (line.Length > Core.Articles.Article.TitleMaxLength)
                {
                    throw new LegacyFormatException(i + 1, $"tiêu đề dài hơn {Core.Articles.Article.TitleMaxLength} ký tự");
                }

                title = line;
                continue;
            }

            if (!IsToolbarLabel(line) && !IsWidgetLine(line))
            {
                lead.Add(line);
            }
        }

        if (title is null)
        {
            throw new LegacyFormatException(to + 1, "thiếu tiêu đề giữa hai dấu mốc");
        }

        return (title, string.Join(' ', lead), date, time);
    }

    private static (DateOnly, TimeOnly?) ReadDate(Match match, int lineNumber)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1990 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new LegacyFormatException(lineNumber, $"ngày \"{match.Value.Trim()}\" không hợp lệ (cần dd/MM/yyyy)");
        }

        TimeOnly? time = null;
        if (match.Groups["h"].Success)
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
            {
                throw new LegacyFormatException(lineNumber, $"giờ \"{match.Value.Trim()}\" không hợp lệ (cần HH:mm)");
            }

            time = new TimeOnly(hour, minute);
        }

        return (new DateOnly(year, month, day), time);
    }

    private static List<(string Text, int Line, List<string> Lines)> SplitBlocks(List<string> lines, int from)
    {
        var blocks = new List<(string Text, int Line, List<string> Lines)>();
        List<string>? current = null;
        var start = 0;
        for (var i = from; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : "";
            if (line.Length == 0 || line.Contains(ViewDataMarker, StringComparison.OrdinalIgnoreCase))
            {
                if (current is not null)
                {
                    blocks.Add((string.Join(' ', current), start, current));
                    current = null;
                }

                continue;
            }

            if (current is null)
            {
                current = [];
                start = i + 1;
            }

            current.Add(line);
        }

        return blocks;
    }

    private static void TrimFurniture(List<(string Text, int Line, List<string> Lines)> blocks)
    {
        // Everything from a "related news" or "comments" heading on is page furniture, not the article,
        // whether the related titles follow it after a blank line or directly on the next lines.
        var end = blocks.Count > 1 ? blocks.FindIndex(1, b => SectionEnds.Contains(FoldWords(b.Lines[0]))) : -1;
        if (end > 0)
        {
            blocks.RemoveRange(end, blocks.Count - end);
        }

        while (blocks.Count > 0)
        {
            var last = blocks[^1];
            var kept = last.Lines.ToList();
            while (kept.Count > 0 && IsWidgetLine(kept[^1]))
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (kept.Count == last.Lines.Count)
            {
                return;
            }

            blocks.RemoveAt(blocks.Count - 1);
            if (kept.Count > 0)
            {
                blocks.Add((string.Join(' ', kept), last.Line, kept));
                return;
            }
        }
    }

    private static string? TakeSource(List<(string Text, int Line, List<string> Lines)> blocks)
    {
        for (var i = blocks.Count - 1; i >= Math.Max(0, blocks.Count - 3); i--)
        {
            var match = SourceLabel().Match(blocks[i].Text);
            if (match.Success && blocks[i].Text.Length <= ShortLineMaxLength)
            {
                blocks.RemoveAt(i);
                var source = match.Groups["v"].Value.Trim().TrimEnd('.').Trim();
                return string.IsNullOrEmpty(source) ? null : source;
            }
        }

        return null;
    }

    private static string? TakeByline(List<(string Text, int Line, List<string> Lines)> blocks)
    {
        if (blocks.Count < 2)
        {
            return null;
        }

        var text = blocks[^1].Text;
        var labelled = BylineLabel().Match(text);
        var name = (labelled.Success ? text[labelled.Length..] : text).Trim().TrimEnd('.').Trim();
        if (name.Length == 0 || name.Length > BylineMaxLength)
        {
            return null;
        }

        if (labelled.Success || IsNameLike(name))
        {
            blocks.RemoveAt(blocks.Count - 1);
            return name;
        }

        return null;
    }

    private static bool IsNameLike(string text)
    {
        if (SentenceInside().IsMatch(text) || text.Any(char.IsDigit))
        {
            return false;
        }

        var depth = 0;
        var words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimStart('(', '"', '“');
            var opens = word.Count(c => c == '(');
            var closes = word.Count(c => c == ')');
            var inside = depth > 0 || word.StartsWith('(');
            depth += opens - closes;
            if (inside || word is "-" or "–" or "&" or "và" or "," or "/")
            {
                continue;
            }

            words++;
            if (bare.Length == 0 || !char.IsUpper(bare[0]))
            {
                return false;
            }
        }

        return words is > 0 and <= 10;
    }

    private static LegacyBlock Classify(string text, int line)
    {
        // Vietnamese captions often end with the photographer: "Lãnh đạo tỉnh trao quà. Ảnh: Minh Khôi".
        var credited = PhotoCredit().Match(text);
        if (credited.Success && credited.Groups["caption"].Length <= ShortLineMaxLength)
        {
            return new LegacyBlock(LegacyBlockKind.Caption, credited.Groups["caption"].Value.TrimEnd(' ', '-', '–'), line, credited.Groups["credit"].Value.Trim());
        }

        // The number of a numbered sub-heading ("1. Hạ tầng") is not a sentence end; judge the words after it.
        var numbered = NumberedHeading().Match(text);
        var words = numbered.Success ? text[numbered.Groups["n"].Length..] : text;
        if (text.Length > ShortLineMaxLength || IsSentence(words))
        {
            return new LegacyBlock(LegacyBlockKind.Paragraph, text, line);
        }

        var isUpper = text.Any(char.IsLetter) && text.Count(char.IsLetter) >= 2
            && text.Equals(text.ToUpper(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return isUpper || numbered.Success
            ? new LegacyBlock(LegacyBlockKind.Heading, text, line)
            : new LegacyBlock(LegacyBlockKind.Caption, text, line);
    }

    private static bool IsSentence(string text)
    {
        var end = text.TrimEnd('"', '”', '’', '\'', ')', '»', '/', ' ');
        return end.Length > 0 && ".!?…;:".Contains(end[^1], StringComparison.Ordinal) || SentenceInside().IsMatch(text);
    }

    private static bool IsToolbarLabel(string line)
    {
        // Folded, "cỡ chữ" reads like "có chủ" or "cô chú", so a title or lead saying those must not match:
        // the line must hold nothing but the toolbar's own words (and a date, whose digits FoldWords drops).
        var words = FoldWords(line);
        return words.Contains("co chu", StringComparison.Ordinal)
            && words.Split(' ').All(w => ToolbarWords.Contains(w) || WidgetWords.Contains(w));
    }

    private static bool IsWidgetLine(string line)
    {
        if (line.Length > 60)
        {
            return false;
        }

        var words = FoldWords(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(WidgetWords.Contains);
    }

    private static string FoldWords(string line)
    {
        var folded = VietnameseFolding.Fold(line);
        var letters = new string(folded.Select(c => c is >= 'a' and <= 'z' ? c : ' ').ToArray());
        return Whitespace().Replace(letters, " ").Trim();
    }

    [GeneratedRegex(@"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})(?:[\s,\-|]+(?<h>\d{1,2})[:h](?<min>\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<caption>\S.*?)\s*[-–]?\s*[(\[]?\s*Ảnh\s*:\s*(?<credit>[^()\[\].!?:;]{1,80}?)\s*[)\]]?\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[\u00A0\u2000-\u200B\u202F\u205F\u3000\u2060\t\f\v]", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceLike();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:tác giả|thực hiện|bài và ảnh|bài, ảnh|bài/ảnh|bài & ảnh|tin, ảnh|tin và ảnh|tin/ảnh|bài|tin|nhóm phóng viên|phóng viên|nhóm pv|pv)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(@"^nguồn\s*:\s*(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"[.!?…]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^(?<n>(?:\d{1,2}|[IVXLC]{1,6})[.)]\s+)\S", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();
}
