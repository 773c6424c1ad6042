using System.Text;
using PublishingPortal.Core.Importing;
using static PublishingPortal.Core.Tests.Importing.LegacyFixtures;

namespace PublishingPortal.Core.Tests.Importing;

public class LegacyArticleParserTests
{
    [Fact]
    public void Parse_PlainLfNfcExport_ReadsEveryPart()
    {
        var article = LegacyArticleParser.Parse(CauTreo);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_Utf8Bom_IsIgnored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CauTreo)];
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal('\uFEFF', text[0]);

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_CrlfLineEnds_ReadLikeLf()
    {
        var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(CauTreo.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Contains("\r\n", text, StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_OldMacCrLineEnds_ReadLikeLf()
    {
        var article = LegacyArticleParser.Parse(CauTreo.Replace('\n', '\r'));

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_NfdText_StoredAsNfc()
    {
        var nfd = CauTreo.Normalize(NormalizationForm.FormD);
        Assert.False(nfd.IsNormalized(NormalizationForm.FormC));
        Assert.NotEqual(CauTreoTitle.Length, CauTreoTitle.Normalize(NormalizationForm.FormD).Length);

        var article = LegacyArticleParser.Parse(nfd);

        Assert.True(article.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(CauTreoTitle.Normalize(NormalizationForm.FormC), article.Title);
        AssertIsCauTreo(article);
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u00A0\u00A0\u00A0")]
    [InlineData(" \u00A0\t\u00A0 ")]
    [InlineData("\u202F\u2007")]
    public void Parse_LinesOfNonBreakingSpaces_AreBlank(string blank)
    {
        var text = CauTreo.Replace("\n\n", "\n" + blank + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_NonBreakingSpacesInsideText_BecomePlainSpaces()
    {
        var text = CauTreo.Replace("Minh Khôi", "Minh\u00A0Khôi\u00A0", StringComparison.Ordinal)
            .Replace("Quang cảnh lễ", "Quang\u00A0cảnh \u00A0lễ", StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_SeveralBlankLinesBetweenBlocks_SplitOnce()
    {
        var text = Lines(
            "",
            "PublishingPortal - Block_BanTin_Toolbar",
            "",
            "",
            "12/03/2024",
            "Tăng cỡ chữ Giảm cỡ chữ",
            "",
            CauTreoTitle,
            "",
            "",
            CauTreoLead,
            "",
            "",
            "",
            "PublishingPortal - Block_BanTin_ViewData",
            "",
            "",
            "",
            "Quang cảnh lễ khánh thành cầu treo",
            "",
            "",
            "",
            "",
            "Cây cầu dài 120 mét được xây bằng vốn xã hội hóa.",
            "",
            "",
            "Minh Khôi",
            "",
            "",
            "");

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(CauTreoTitle, article.Title);
        Assert.Equal(CauTreoLead, article.Lead);
        Assert.Equal(CauTreoDate, article.Date);
        Assert.Equal(
            [
                new LegacyBlock(LegacyBlockKind.Caption, "Quang cảnh lễ khánh thành cầu treo", 19),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét được xây bằng vốn xã hội hóa.", 24),
            ],
            article.Blocks);
        Assert.Equal("Minh Khôi", article.Byline);
    }

    [Fact]
    public void Parse_NoDateLine_DateIsNull()
    {
        var text = CauTreo.Replace("12/03/2024\n", "", StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        Assert.Null(article.Date);
        Assert.Null(article.Time);
        Assert.Equal(CauTreoTitle, article.Title);
        Assert.Equal(CauTreoLead, article.Lead);
        Assert.Equal(CauTreoBlocks.Select(b => b with { LineNumber = b.LineNumber - 1 }), article.Blocks);
        Assert.Equal("Minh Khôi", article.Byline);
    }

    [Fact]
    public void Parse_DateWithTime_ReadsBoth()
    {
        var text = CauTreo.Replace("12/03/2024\n", "12/03/2024 - 08:45\n", StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(CauTreoDate, article.Date);
        Assert.Equal(new TimeOnly(8, 45), article.Time);
        Assert.Equal(CauTreoTitle, article.Title);
    }

    [Fact]
    public void Parse_DateAndToolbarLabelOnOneLine_ReadsDateAndTitle()
    {
        var text = CauTreo.Replace("12/03/2024\nTăng cỡ chữ Giảm cỡ chữ\n", "12/03/2024 Tăng cỡ chữ Giảm cỡ chữ\n", StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(CauTreoDate, article.Date);
        Assert.Equal(CauTreoTitle, article.Title);
        Assert.Equal(CauTreoLead, article.Lead);
    }

    [Fact]
    public void Parse_TitleAndLeadSayingCoChu_AreNotTakenForTheToolbarLabel()
    {
        // "có chủ", "cô chú" fold to the same letters as the label's "cỡ chữ".
        const string title = "Tỉnh có chủ trương mở rộng vùng lúa hữu cơ";
        const string lead = "Cô chú nông dân xã Phú Lâm có chủ động nguồn nước cho vụ hè thu.";
        var text = CauTreo.Replace(CauTreoTitle, title, StringComparison.Ordinal)
            .Replace(CauTreoLead, lead, StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(title, article.Title);
        Assert.Equal(lead, article.Lead);
    }

    [Fact]
    public void Parse_LastBlockIsALongSentence_BylineNullAndParagraphKept()
    {
        const string last = "Theo kế hoạch, huyện sẽ xây thêm hai cây cầu tương tự ở các thôn vùng sâu trước mùa mưa năm sau.";
        var text = WithBody(
            "Quang cảnh lễ khánh thành cầu treo",
            "",
            "Cây cầu dài 120 mét được xây bằng vốn xã hội hóa.",
            "",
            last);

        var article = LegacyArticleParser.Parse(text);

        Assert.Null(article.Byline);
        Assert.Equal(
            [
                new LegacyBlock(LegacyBlockKind.Caption, "Quang cảnh lễ khánh thành cầu treo", FirstBodyLine),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét được xây bằng vốn xã hội hóa.", FirstBodyLine + 2),
                new LegacyBlock(LegacyBlockKind.Paragraph, last, FirstBodyLine + 4),
            ],
            article.Blocks);
    }

    [Fact]
    public void Parse_LastBlockIsAShortSentence_BylineNullAndParagraphKept()
    {
        var text = WithBody("Cây cầu dài 120 mét.", "", "Người dân rất vui mừng.");

        var article = LegacyArticleParser.Parse(text);

        Assert.Null(article.Byline);
        Assert.Equal(
            [
                new LegacyBlock(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét.", FirstBodyLine),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Người dân rất vui mừng.", FirstBodyLine + 2),
            ],
            article.Blocks);
    }

    [Theory]
    [InlineData("Tác giả: Minh Khôi", "Minh Khôi")]
    [InlineData("Tác giả:Minh Khôi", "Minh Khôi")]
    [InlineData("TÁC GIẢ: Minh Khôi", "Minh Khôi")]
    [InlineData("Thực hiện: Hương Dịu - Minh Khôi", "Hương Dịu - Minh Khôi")]
    [InlineData("Bài và ảnh: Lê Thu", "Lê Thu")]
    [InlineData("PV: Lê Thu", "Lê Thu")]
    [InlineData("Thực hiện: nhóm phóng viên thời sự", "nhóm phóng viên thời sự")]
    public void Parse_LabelBeforeByline_LabelStripped(string line, string byline)
    {
        var article = LegacyArticleParser.Parse(WithBody("Cây cầu dài 120 mét.", "", line));

        Assert.Equal(byline, article.Byline);
        Assert.Equal([new LegacyBlock(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét.", FirstBodyLine)], article.Blocks);
    }

    [Theory]
    [InlineData("Minh Khôi.")]
    [InlineData("Minh Khôi. ")]
    [InlineData("Minh Khôi..")]
    [InlineData("Tác giả: Minh Khôi.")]
    public void Parse_TrailingPeriodAfterByline_Stripped(string line)
    {
        var article = LegacyArticleParser.Parse(WithBody("Cây cầu dài 120 mét.", "", line));

        Assert.Equal("Minh Khôi", article.Byline);
        Assert.Single(article.Blocks);
    }

    [Fact]
    public void Parse_CaptionWrappedOverTwoLines_JoinedIntoOneCaption()
    {
        var text = WithBody(
            "Đồng chí Bí thư Huyện ủy",
            "trao quà cho học sinh thôn Đông",
            "",
            "Cây cầu dài 120 mét.",
            "",
            "Minh Khôi");

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(
            [
                new LegacyBlock(LegacyBlockKind.Caption, "Đồng chí Bí thư Huyện ủy trao quà cho học sinh thôn Đông", FirstBodyLine),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét.", FirstBodyLine + 3),
            ],
            article.Blocks);
        Assert.Equal("Minh Khôi", article.Byline);
    }

    [Fact]
    public void Parse_WidgetBlocksAfterByline_Dropped()
    {
        var text = CauTreo + Lines(
            "",
            "Chia sẻ",
            "",
            "Facebook Zalo",
            "",
            "Bình luận (0)",
            "",
            "Tin liên quan",
            "",
            "Huyện tổ chức hội thi nấu ăn ngày Tết",
            "",
            "Khai trương chợ phiên cuối tuần ở thôn Đông");

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_WidgetLinesRightUnderByline_Dropped()
    {
        var text = CauTreo + Lines(
            "Chia sẻ",
            "Facebook Zalo",
            "Email In bài",
            "",
            "Tin liên quan",
            "Huyện tổ chức hội thi nấu ăn ngày Tết",
            "Khai trương chợ phiên cuối tuần ở thôn Đông");

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_RelatedNewsHeadingWithTitlesBelowInOneBlock_Dropped()
    {
        var text = CauTreo + Lines(
            "",
            "Tin liên quan",
            "Huyện tổ chức hội thi nấu ăn ngày Tết",
            "Khai trương chợ phiên cuối tuần ở thôn Đông");

        var article = LegacyArticleParser.Parse(text);

        AssertIsCauTreo(article);
    }

    [Fact]
    public void Parse_ShortSubHeadings_ClassifiedAsHeading()
    {
        var text = WithBody(
            "KẾT QUẢ NỔI BẬT",
            "",
            "Năm qua, huyện hoàn thành 12 công trình giao thông.",
            "",
            "1. Hạ tầng giao thông nông thôn",
            "",
            "Các thôn đều có đường bê tông đến trung tâm xã.",
            "",
            "2) Nước sạch",
            "",
            "II. Nhiệm vụ năm 2025",
            "",
            "Huyện tiếp tục vận động người dân hiến đất làm đường.",
            "",
            "Minh Khôi");

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(
            [
                new LegacyBlock(LegacyBlockKind.Heading, "KẾT QUẢ NỔI BẬT", FirstBodyLine),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Năm qua, huyện hoàn thành 12 công trình giao thông.", FirstBodyLine + 2),
                new LegacyBlock(LegacyBlockKind.Heading, "1. Hạ tầng giao thông nông thôn", FirstBodyLine + 4),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Các thôn đều có đường bê tông đến trung tâm xã.", FirstBodyLine + 6),
                new LegacyBlock(LegacyBlockKind.Heading, "2) Nước sạch", FirstBodyLine + 8),
                new LegacyBlock(LegacyBlockKind.Heading, "II. Nhiệm vụ năm 2025", FirstBodyLine + 10),
                new LegacyBlock(LegacyBlockKind.Paragraph, "Huyện tiếp tục vận động người dân hiến đất làm đường.", FirstBodyLine + 12),
            ],
            article.Blocks);
        Assert.Equal("Minh Khôi", article.Byline);
    }

    [Fact]
    public void Parse_NumberedSentence_StaysParagraph()
    {
        var text = WithBody("1. Các xã cần hoàn thành kế hoạch trước ngày 30/6.", "", "Minh Khôi");

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal(
            [new LegacyBlock(LegacyBlockKind.Paragraph, "1. Các xã cần hoàn thành kế hoạch trước ngày 30/6.", FirstBodyLine)],
            article.Blocks);
    }

    [Theory]
    [InlineData("Nguồn: Báo Phú Lâm", "Báo Phú Lâm")]
    [InlineData("Nguồn: Báo Phú Lâm.", "Báo Phú Lâm")]
    [InlineData("NGUỒN : baophulam.vn", "baophulam.vn")]
    public void Parse_NguonLineAfterByline_IsSource(string line, string source)
    {
        var article = LegacyArticleParser.Parse(CauTreo + Lines("", line));

        Assert.Equal(source, article.Source);
        Assert.Equal("Minh Khôi", article.Byline);
        Assert.Equal(CauTreoBlocks, article.Blocks);
    }

    [Fact]
    public void Parse_NguonLineBeforeByline_IsSource()
    {
        var text = CauTreo.Replace("\nMinh Khôi", "\nNguồn: Báo Phú Lâm\n\nMinh Khôi", StringComparison.Ordinal);

        var article = LegacyArticleParser.Parse(text);

        Assert.Equal("Báo Phú Lâm", article.Source);
        Assert.Equal("Minh Khôi", article.Byline);
        Assert.Equal(CauTreoBlocks, article.Blocks);
    }

    [Fact]
    public void Parse_SameContentInOtherBytes_SameContentHash()
    {
        var plain = LegacyArticleParser.Parse(CauTreo);
        var crlfNfdBom = "\uFEFF" + CauTreo.Replace("\n", "\r\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var nbspTrailing = CauTreo.Replace("\n\n", "\n\u00A0\n", StringComparison.Ordinal).Replace("\n", "  \n", StringComparison.Ordinal);

        Assert.Equal(plain.ContentHash, LegacyArticleParser.Parse(crlfNfdBom).ContentHash);
        Assert.Equal(plain.ContentHash, LegacyArticleParser.Parse(nbspTrailing).ContentHash);
        Assert.Equal(plain.ContentHash, LegacyArticleParser.Parse(CauTreo.TrimEnd('\n')).ContentHash);
    }

    [Fact]
    public void Parse_DifferentContent_DifferentContentHash()
    {
        var plain = LegacyArticleParser.Parse(CauTreo);
        var edited = LegacyArticleParser.Parse(CauTreo.Replace("120 mét", "125 mét", StringComparison.Ordinal));

        Assert.NotEqual(plain.ContentHash, edited.ContentHash);
    }
}
