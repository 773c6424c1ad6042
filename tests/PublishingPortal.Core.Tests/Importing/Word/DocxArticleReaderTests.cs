using System.Text;
using System.Text.Json;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Importing.Word;
using PublishingPortal.Tests.Word;

namespace PublishingPortal.Core.Tests.Importing.Word;

/// <summary>
/// <see cref="DocxArticleReader"/> over the shared LibreOffice file (../shared/fixtures/word) and over
/// files written here with the OpenXML SDK: structure kept, the rules of decision 012, hostile files refused.
/// </summary>
public sealed class DocxArticleReaderTests
{
    private static readonly DocxLimits Limits = new(10 * 1024 * 1024, 10);

    private static readonly ArticleBodyRenderer Renderer = new();

    [Fact]
    public void SharedLibreOfficeFile_GivesTheExpectedTitleLeadBylineCaptionsAndBodyInOrder()
    {
        var folder = SharedWordFixtures.Folder();
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "bai-viet-mau.expected.json")));
        var root = expected.RootElement;
        using var file = File.OpenRead(Path.Combine(folder, "bai-viet-mau.docx"));

        var article = DocxArticleReader.Read(file, Limits);

        Assert.Equal(Text(root, "title"), article.Title);
        Assert.Equal(Text(root, "lead"), article.Lead);
        Assert.Equal(Text(root, "byline"), article.Byline);
        Assert.Equal(root.GetProperty("images").GetInt32(), article.Images.Count);
        var html = Renderer.Render(article.BodyMarkdown, Figures(article));
        var plain = Plain(html);
        var position = -1;
        var figure = 0;
        foreach (var item in root.GetProperty("body_in_order").EnumerateArray())
        {
            if (item.TryGetProperty("figure", out var type))
            {
                var image = article.Images[figure];
                Assert.Equal(type.GetString(), image.ContentType);
                Assert.Equal(Text(item, "caption"), Collapse(image.Caption + (image.Credit is null ? "" : " Ảnh: " + image.Credit)));
                var at = plain.IndexOf(Text(item, "caption"), StringComparison.Ordinal);
                Assert.True(at > position, $"figure {figure + 1} missing or out of order");
                position = at;
                figure++;
                continue;
            }

            var text = item.TryGetProperty("p", out var p) ? p.GetString()! : item.TryGetProperty("h2", out var h) ? h.GetString()! : item.GetProperty("ul")[0].GetString()!;
            var found = plain.IndexOf(Collapse(text.Normalize(NormalizationForm.FormC)), StringComparison.Ordinal);
            Assert.True(found > position || (found >= 0 && item.TryGetProperty("ul", out _)), "missing or out of order: " + text);
            position = Math.Max(position, found);
        }

        Assert.Contains("<h2>Hiệu quả thiết thực</h2>", html, StringComparison.Ordinal);
        foreach (var item in root.GetProperty("body_in_order").EnumerateArray().Where(i => i.TryGetProperty("ul", out _)).SelectMany(i => i.GetProperty("ul").EnumerateArray()))
        {
            Assert.Contains("<li>" + item.GetString() + "</li>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<strong>dân biết, dân bàn, dân làm, dân kiểm tra", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.gov.vn/du-an-giao-thong\">Cổng thông tin điện tử huyện</a>", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "<figcaption>"));
        Assert.DoesNotContain("Thanh Tâm</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, article.BodyMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Lead, article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsBoldItalicLinksAndNestedLists_BecomeMarkdown()
    {
        var docx = new DocxBuilder()
            .Heading(1, "Tiêu đề bài")
            .Paragraph("Đoạn mở đầu in đậm.", bold: true)
            .Runs(("Chữ thường, ", false, false), ("chữ đậm", true, false), (" và ", false, false), ("chữ nghiêng", false, true), (".", true, false))
            .Heading(1, "Mục một")
            .Heading(3, "Mục nhỏ")
            .ListItem("Ý thứ nhất")
            .ListItem("Ý con", level: 1)
            .ListItem("Ý thứ hai")
            .Paragraph("Các bước:")
            .ListItem("Bước một", ordered: true)
            .ListItem("Bước hai", ordered: true)
            .Link("Xem ", "trang huyện", "https://example.gov.vn/a b", " để biết thêm.")
            .Link("Không nhận ", "liên kết lạ", "javascript:alert(1)", ".")
            .Build();

        var article = DocxArticleReader.Read(new MemoryStream(docx), Limits);

        Assert.Equal("Tiêu đề bài", article.Title);
        Assert.Equal("Đoạn mở đầu in đậm.", article.Lead);
        Assert.Null(article.Byline);
        Assert.Equal(
            "Chữ thường, **chữ đậm** và *chữ nghiêng*.\n\n## Mục một\n\n### Mục nhỏ\n\n- Ý thứ nhất\n  - Ý con\n- Ý thứ hai\n\nCác bước:\n\n1. Bước một\n1. Bước hai\n\n"
            + "Xem [trang huyện](https://example.gov.vn/a%20b) để biết thêm.\n\nKhông nhận liên kết lạ.",
            article.BodyMarkdown);
        var html = Renderer.Render(article.BodyMarkdown, []);
        Assert.Contains("<ul>\n<li>Ý thứ nhất\n<ul>\n<li>Ý con</li>\n</ul>\n</li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_BecomesAPipeTableTheRendererShows()
    {
        var docx = new DocxBuilder()
            .Paragraph("Kết quả bầu cử")
            .Paragraph("Đoạn thường không in đậm nên không là sapo.")
            .Table(["Thôn", "Số hộ"], ["Đồng Cầu", "120"], ["Bãi | Ngoài", "85"])
            .Build();

        var article = DocxArticleReader.Read(new MemoryStream(docx), Limits);

        Assert.Equal("", article.Lead);
        Assert.Equal("Đoạn thường không in đậm nên không là sapo.\n\n| Thôn | Số hộ |\n| --- | --- |\n| Đồng Cầu | 120 |\n| Bãi \\| Ngoài | 85 |", article.BodyMarkdown);
        var html = Renderer.Render(article.BodyMarkdown, []);
        Assert.Contains("<th>Thôn</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Bãi | Ngoài</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ImagesWithoutCaptions_AreFiguresWithEmptyCaptions_AndACaptionStyleParagraphIsACaption()
    {
        var docx = new DocxBuilder()
            .Paragraph("Ảnh không chú thích")
            .Image([1, 2, 3], "image/png", "Mô tả trong Word")
            .Paragraph("Một đoạn văn thường, không phải chú thích.")
            .Image([4, 5], "image/jpeg")
            .Image([6], "image/png")
            .Paragraph("Chú thích theo kiểu Caption (Ảnh: Lê Na)", style: "Caption")
            .Build();

        var article = DocxArticleReader.Read(new MemoryStream(docx), Limits);

        Assert.Equal(3, article.Images.Count);
        Assert.Equal(("", null, "Mô tả trong Word"), (article.Images[0].Caption, article.Images[0].Credit, article.Images[0].AltText));
        Assert.Equal([1, 2, 3], article.Images[0].Content.ToArray());
        Assert.Equal(("", "image/jpeg"), (article.Images[1].Caption, article.Images[1].ContentType));
        Assert.Equal(("Chú thích theo kiểu Caption", "Lê Na"), (article.Images[2].Caption, article.Images[2].Credit));
        Assert.Equal(
            "^^^\n![](figure:1)\n^^^\n\nMột đoạn văn thường, không phải chú thích.\n\n^^^\n![](figure:2)\n^^^\n\n^^^\n![](figure:3)\n^^^ Chú thích theo kiểu Caption *Ảnh: Lê Na*",
            article.BodyMarkdown);
    }

    [Fact]
    public void PictureInATableCell_FollowsTheTableAsAFigure()
    {
        var docx = new DocxBuilder()
            .Paragraph("Bảng có ảnh")
            .TableWithImage("Cầu mới", [7, 7])
            .Paragraph("Ảnh: Văn Hùng", italic: true)
            .Build();

        var article = DocxArticleReader.Read(new MemoryStream(docx), Limits);

        var image = Assert.Single(article.Images);
        Assert.Equal([7, 7], image.Content.ToArray());
        Assert.Equal("| Cầu mới |  |\n| --- | --- |\n\n^^^\n![](figure:1)\n^^^ Ảnh: Văn Hùng", article.BodyMarkdown);
    }

    [Fact]
    public void TooManyImages_AreRefused()
    {
        var builder = new DocxBuilder().Paragraph("Nhiều ảnh");
        for (var i = 0; i < 3; i++)
        {
            builder.Image([(byte)i]);
        }

        var refused = Assert.Throws<DocxRefusedException>(() => DocxArticleReader.Read(new MemoryStream(builder.Build()), Limits with { MaxImages = 2 }));
        Assert.Equal(DocxRefusal.TooManyImages, refused.Reason);
        Assert.Contains("hơn 2 ảnh", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("macro", DocxRefusal.MacroEnabled, "macro")]
    [InlineData("encrypted", DocxRefusal.Encrypted, "mật khẩu")]
    [InlineData("bomb", DocxRefusal.TooLarge, "giải nén vượt quá")]
    [InlineData("corrupt", DocxRefusal.Corrupt, "bị hỏng")]
    [InlineData("pdf", DocxRefusal.NotDocx, "không phải tài liệu Word")]
    [InlineData("empty", DocxRefusal.Empty, "không có dòng chữ")]
    public void HostileOrBrokenFiles_AreRefusedWithAVietnameseReason(string kind, DocxRefusal reason, string words)
    {
        var bytes = kind switch
        {
            "macro" => DocxBuilder.MacroEnabled(),
            "encrypted" => DocxBuilder.Encrypted(),
            "bomb" => DocxBuilder.Bomb(Limits.MaxUncompressedBytes + 1),
            "corrupt" => DocxBuilder.Corrupt(),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"),
            _ => new DocxBuilder().Paragraph("   ").Build(),
        };

        var refused = Assert.Throws<DocxRefusedException>(() => DocxArticleReader.Read(new MemoryStream(bytes), Limits));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains(words, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bomb_WhoseHeadersUnderstateThePart_UnpacksNoMoreThanDeclared()
    {
        // 3 MB of zeros whose local and central headers claim 1 byte: System.IO.Compression stops at the
        // declared size, so the count (limit 1 MB here) never sees the 3 MB and the document reads normally.
        var bytes = DocxBuilder.Bomb(3 * 1024 * 1024);
        var name = Encoding.ASCII.GetBytes("word/media/padding.bin");
        var rewritten = 0;
        for (var at = 0; bytes.AsSpan(at).IndexOf(name) is var next and >= 0; at += next + name.Length)
        {
            var position = at + next;
            var central = bytes[position - 46] == 0x50 && bytes[position - 45] == 0x4B && bytes[position - 44] == 1;
            BitConverter.GetBytes(1u).CopyTo(bytes, central ? position - 46 + 24 : position - 30 + 22);
            rewritten++;
        }

        var article = DocxArticleReader.Read(new MemoryStream(bytes), Limits with { MaxUncompressedBytes = 1024 * 1024 });

        Assert.Equal(2, rewritten);
        Assert.Equal("Tiêu đề bình thường", article.Title);
    }

    private static string Text(JsonElement element, string name) =>
        Collapse(element.GetProperty(name).GetString()!.Normalize(NormalizationForm.FormC));

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Plain(string html) =>
        Collapse(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static List<Figure> Figures(DocxArticle article) =>
        article.Images.Select((image, i) => new Figure { Order = i + 1, ImagePath = "/media/x" + i + ".jpg", Caption = image.Caption, Credit = image.Credit, AltText = image.AltText }).ToList();
}

/// <summary>Finds <c>shared/fixtures/word</c> above the test's folder (the repository's <c>../shared</c>).</summary>
internal static class SharedWordFixtures
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "word");
            if (File.Exists(Path.Combine(candidate, "bai-viet-mau.docx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures/word not found above " + AppContext.BaseDirectory);
    }
}
