using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Importing;

namespace PublishingPortal.Core.Tests.Importing;

public class LegacyPhotoCreditTests
{
    private const string Head = """
        PublishingPortal - Block_BanTin_Toolbar

        03/05/2024
        Tăng cỡ chữ Giảm cỡ chữ
        Trao quà cho hộ nghèo vùng biên
        Đoàn công tác đã trao 200 suất quà cho các hộ khó khăn.

        PublishingPortal - Block_BanTin_ViewData

        """;

    [Theory]
    [InlineData("Lãnh đạo tỉnh trao quà cho các hộ nghèo. Ảnh: Minh Khôi", "Lãnh đạo tỉnh trao quà cho các hộ nghèo.", "Minh Khôi")]
    [InlineData("Lãnh đạo tỉnh trao quà cho các hộ nghèo (Ảnh: Minh Khôi)", "Lãnh đạo tỉnh trao quà cho các hộ nghèo", "Minh Khôi")]
    [InlineData("Bà con nhận quà - Ảnh: Thu Hà.", "Bà con nhận quà", "Thu Hà")]
    public void Parse_CaptionEndingWithPhotoCredit_CaptionWithCredit(string line, string caption, string credit)
    {
        var article = LegacyArticleParser.Parse(Head + line + "\n\nChương trình kéo dài đến hết tháng Năm.\n\nNgọc Ánh\n");

        var block = article.Blocks[0];
        Assert.Equal(LegacyBlockKind.Caption, block.Kind);
        Assert.Equal(caption, block.Text);
        Assert.Equal(credit, block.Credit);
        Assert.Equal(LegacyBlockKind.Paragraph, article.Blocks[1].Kind);
        Assert.Equal("Ngọc Ánh", article.Byline);
    }

    [Fact]
    public void Convert_CaptionWithCredit_FigureKeepsCreditAndShowsIt()
    {
        var legacy = LegacyArticleParser.Parse(Head + "Bà con nhận quà. Ảnh: Thu Hà\n\nChương trình kéo dài đến hết tháng Năm.\n\nNgọc Ánh\n");

        var article = new LegacyArticleConverter(new SiteTimeZone(), new ArticleBodyRenderer()).ToArticle(legacy, DateTimeOffset.UtcNow);

        var figure = Assert.Single(article.Figures);
        Assert.Equal("Bà con nhận quà.", figure.Caption);
        Assert.Equal("Thu Hà", figure.Credit);
        Assert.Contains("<figcaption>Bà con nhận quà. <em>Ảnh: Thu Hà</em></figcaption>", article.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SentenceMentioningPhotos_StaysParagraph()
    {
        var article = LegacyArticleParser.Parse(Head + "Triển lãm trưng bày 120 bức ảnh về biển đảo, thu hút đông đảo người dân đến xem. Ban tổ chức cho biết triển lãm mở cửa đến hết tuần.\n\nNgọc Ánh\n");

        Assert.Equal(LegacyBlockKind.Paragraph, article.Blocks[0].Kind);
        Assert.Null(article.Blocks[0].Credit);
    }
}
