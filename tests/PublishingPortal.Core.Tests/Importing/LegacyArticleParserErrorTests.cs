using PublishingPortal.Core.Importing;
using static PublishingPortal.Core.Tests.Importing.LegacyFixtures;

namespace PublishingPortal.Core.Tests.Importing;

public class LegacyArticleParserErrorTests
{
    [Fact]
    public void Parse_NoToolbarMarker_FailsOnFirstLine()
    {
        var text = CauTreo.Replace("PublishingPortal - Block_BanTin_Toolbar", "Cổng thông tin điện tử", StringComparison.Ordinal);

        var error = AssertFails(text, 1);

        Assert.Contains(LegacyArticleParser.ToolbarMarker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoToolbarMarkerAfterBlankLines_FailsOnFirstNonEmptyLine()
    {
        AssertFails(Lines("", "\u00A0", "Khánh thành cầu treo", "", "PublishingPortal - Block_BanTin_ViewData"), 3);
    }

    [Fact]
    public void Parse_NoViewDataMarker_FailsOnLastLine()
    {
        var text = CauTreo.Replace("PublishingPortal - Block_BanTin_ViewData", "", StringComparison.Ordinal);
        Assert.EndsWith("Minh Khôi\n", text, StringComparison.Ordinal);

        var error = AssertFails(text, 23);

        Assert.Contains(LegacyArticleParser.ViewDataMarker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTitle_FailsOnViewDataMarkerLine()
    {
        var text = Lines(
            "PublishingPortal - Block_BanTin_Toolbar",
            "",
            "12/03/2024",
            "Tăng cỡ chữ Giảm cỡ chữ",
            "",
            "PublishingPortal - Block_BanTin_ViewData",
            "",
            "Cây cầu dài 120 mét.");

        var error = AssertFails(text, 6);

        Assert.Contains("tiêu đề", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitleLongerThanArticleAllows_FailsOnTitleLine()
    {
        var title = string.Join(' ', Enumerable.Repeat("Khánh thành cầu treo", 30));

        var error = AssertFails(CauTreo.Replace(CauTreoTitle, title, StringComparison.Ordinal), 5);

        Assert.Contains("tiêu đề", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\u00A0\n")]
    [InlineData("\nChia sẻ\n\nFacebook Zalo\n")]
    public void Parse_EmptyBody_FailsOnViewDataMarkerLine(string body)
    {
        var text = CauTreo[..CauTreo.IndexOf("PublishingPortal - Block_BanTin_ViewData", StringComparison.Ordinal)]
            + "PublishingPortal - Block_BanTin_ViewData\n" + body;

        var error = AssertFails(text, 8);

        Assert.Contains("nội dung", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("29/02/2023")]
    [InlineData("12/13/2024")]
    [InlineData("00/03/2024")]
    public void Parse_InvalidDate_FailsOnDateLine(string date)
    {
        var error = AssertFails(CauTreo.Replace("12/03/2024", date, StringComparison.Ordinal), 3);

        Assert.Contains(date, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidTime_FailsOnDateLine()
    {
        var error = AssertFails(CauTreo.Replace("12/03/2024", "12/03/2024 25:10", StringComparison.Ordinal), 3);

        Assert.Contains("25:10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeapDay_Accepted()
    {
        var article = LegacyArticleParser.Parse(CauTreo.Replace("12/03/2024", "29/02/2024", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2024, 2, 29), article.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF\r\n\u00A0\r\n")]
    public void Parse_EmptyFile_FailsOnLineOne(string text)
    {
        AssertFails(text, 1);
    }

    private static LegacyFormatException AssertFails(string text, int line)
    {
        var error = Assert.Throws<LegacyFormatException>(() => LegacyArticleParser.Parse(text));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"dòng {line}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(error.Reason, error.Message, StringComparison.Ordinal);
        return error;
    }
}
