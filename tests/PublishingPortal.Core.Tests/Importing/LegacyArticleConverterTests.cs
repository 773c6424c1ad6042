using System.Text.RegularExpressions;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Importing;
using static PublishingPortal.Core.Tests.Importing.LegacyFixtures;

namespace PublishingPortal.Core.Tests.Importing;

public partial class LegacyArticleConverterTests
{
    private static readonly DateTimeOffset ImportedAt = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly LegacyArticleConverter _converter = new(new SiteTimeZone(), new ArticleBodyRenderer());

    [Fact]
    public void ToArticle_Captions_BecomePhotoMissingFiguresInOrder()
    {
        var article = _converter.ToArticle(LegacyArticleParser.Parse(CauTreo), ImportedAt);

        Assert.Equal(
            [(1, "Quang cảnh lễ khánh thành cầu treo"), (2, "Người dân và học sinh đi qua cầu mới")],
            article.Figures.Select(f => (f.Order, f.Caption)));
        Assert.All(article.Figures, f => Assert.Null(f.ImagePath));
        Assert.All(article.Figures, f => Assert.True(f.IsPhotoMissing));
        Assert.Contains("(figure:1)", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.True(
            article.BodyMarkdown.IndexOf("(figure:1)", StringComparison.Ordinal)
            < article.BodyMarkdown.IndexOf("(figure:2)", StringComparison.Ordinal));
    }

    [Fact]
    public void ToArticle_Captions_RenderAsFigureWithExactFigcaption()
    {
        var article = _converter.ToArticle(LegacyArticleParser.Parse(CauTreo), ImportedAt);

        var figures = Figure().Matches(article.BodyHtml).Select(m => m.Value).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Contains("<figcaption>Quang cảnh lễ khánh thành cầu treo</figcaption>", figures[0], StringComparison.Ordinal);
        Assert.Contains("<figcaption>Người dân và học sinh đi qua cầu mới</figcaption>", figures[1], StringComparison.Ordinal);
        Assert.All(figures, f => Assert.Contains($"src=\"{ArticleBodyRenderer.PhotoMissingPath}\"", f, StringComparison.Ordinal));
        Assert.All(figures, f => Assert.Contains("class=\"photo-missing\"", f, StringComparison.Ordinal));
    }

    [Fact]
    public void ToArticle_Blocks_OneTopLevelParagraphPerParagraphAndHeadingsAsH2()
    {
        var legacy = LegacyArticleParser.Parse(CauTreo);

        var article = _converter.ToArticle(legacy, ImportedAt);

        var outsideFigures = Figure().Replace(article.BodyHtml, "");
        Assert.Equal(
            legacy.Blocks.Count(b => b.Kind == LegacyBlockKind.Paragraph),
            Regex.Count(outsideFigures, "<p>", RegexOptions.CultureInvariant));
        Assert.Contains("<h2>NIỀM VUI CỦA NGƯỜI DÂN</h2>", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains(
            "<p>Trước đây, mỗi mùa mưa, học sinh hai thôn phải đi đò hoặc vòng xa hơn 7 km để đến trường.</p>",
            article.BodyHtml,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ToArticle_Header_CopiedAndPublished()
    {
        var legacy = LegacyArticleParser.Parse(CauTreo + "\nNguồn: Báo Phú Lâm\n");

        var article = _converter.ToArticle(legacy, ImportedAt);

        Assert.Equal(CauTreoTitle, article.Title);
        Assert.Equal(CauTreoLead, article.Lead);
        Assert.Equal("khanh-thanh-cau-treo-dan-sinh-o-xa-phu-lam", article.Slug);
        Assert.Equal("Minh Khôi", article.Byline);
        Assert.Equal("Báo Phú Lâm", article.Source);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(legacy.ContentHash, article.ImportKey);
        Assert.Equal(ImportedAt, article.CreatedAt);
    }

    [Theory]
    [InlineData("Giá *khuyến mãi* chỉ áp dụng cho _hộ nghèo_ trong tháng này.", "Giá *khuyến mãi* chỉ áp dụng cho _hộ nghèo_ trong tháng này.")]
    [InlineData("# Đây không phải tiêu đề mà là một câu văn.", "# Đây không phải tiêu đề mà là một câu văn.")]
    [InlineData("1. Đây là câu văn bắt đầu bằng số thứ tự.", "1. Đây là câu văn bắt đầu bằng số thứ tự.")]
    [InlineData("- Không phải danh sách, chỉ là một câu.", "- Không phải danh sách, chỉ là một câu.")]
    [InlineData("Đoạn văn có <script>alert(1)</script> ở giữa.", "Đoạn văn có &lt;script&gt;alert(1)&lt;/script&gt; ở giữa.")]
    [InlineData("Mã số [A1](muc-1) và `code` & ~~gạch~~ giữ nguyên.", "Mã số [A1](muc-1) và `code` &amp; ~~gạch~~ giữ nguyên.")]
    [InlineData("> Không phải trích dẫn, chỉ là một câu.", "&gt; Không phải trích dẫn, chỉ là một câu.")]
    public void ToArticle_MarkdownSpecialCharacters_RenderAsLiteralText(string paragraph, string html)
    {
        var legacy = LegacyArticleParser.Parse(WithBody(paragraph, "", "Minh Khôi"));
        Assert.Equal([new LegacyBlock(LegacyBlockKind.Paragraph, paragraph, FirstBodyLine)], legacy.Blocks);

        var article = _converter.ToArticle(legacy, ImportedAt);

        Assert.Equal($"<p>{html}</p>", article.BodyHtml.Trim());
    }

    [Fact]
    public void ToArticle_MarkdownSpecialCharactersInCaptionAndHeading_RenderAsLiteralText()
    {
        var legacy = LegacyArticleParser.Parse(WithBody("Ảnh *minh họa* <b>đậm</b>", "", "1. Hạ tầng_giao thông", "", "Cây cầu dài 120 mét."));
        Assert.Equal([LegacyBlockKind.Caption, LegacyBlockKind.Heading, LegacyBlockKind.Paragraph], legacy.Blocks.Select(b => b.Kind));

        var article = _converter.ToArticle(legacy, ImportedAt);

        Assert.Equal("Ảnh *minh họa* <b>đậm</b>", article.Figures[0].Caption);
        Assert.Contains("<figcaption>Ảnh *minh họa* &lt;b&gt;đậm&lt;/b&gt;</figcaption>", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<h2>1. Hạ tầng_giao thông</h2>", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", article.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToArticle_PrintedDate_IsSiteMidnightInUtc()
    {
        var legacy = LegacyArticleParser.Parse(CauTreo.Replace("12/03/2024", "25/04/2024", StringComparison.Ordinal));

        var article = _converter.ToArticle(legacy, ImportedAt);

        Assert.Equal(new DateTimeOffset(2024, 4, 24, 17, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt?.Offset);
    }

    [Fact]
    public void ToArticle_PrintedDateAndTime_IsSiteTimeInUtc()
    {
        var legacy = LegacyArticleParser.Parse(CauTreo.Replace("12/03/2024", "25/04/2024 06:30", StringComparison.Ordinal));

        var article = _converter.ToArticle(legacy, ImportedAt);

        Assert.Equal(new DateTimeOffset(2024, 4, 24, 23, 30, 0, TimeSpan.Zero), article.PublishedAt);
    }

    [Fact]
    public void ToArticle_NoDate_PublishedAtImportInstantInUtc()
    {
        var legacy = LegacyArticleParser.Parse(CauTreo.Replace("12/03/2024\n", "", StringComparison.Ordinal));

        var article = _converter.ToArticle(legacy, new DateTimeOffset(2025, 1, 2, 10, 4, 5, TimeSpan.FromHours(7)));

        Assert.Equal(ImportedAt, article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt?.Offset);
    }

    [GeneratedRegex("<figure[^>]*>.*?</figure>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
