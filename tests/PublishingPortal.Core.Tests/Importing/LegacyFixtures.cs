using System.Text;
using PublishingPortal.Core.Importing;

namespace PublishingPortal.Core.Tests.Importing;

/// <summary>The test project's own legacy exports (Fixtures/legacy) and their expected parse.</summary>
internal static class LegacyFixtures
{
    public const string CauTreoTitle = "Khánh thành cầu treo dân sinh ở xã Phú Lâm";

    public const string CauTreoLead =
        "Sáng 12/3, xã Phú Lâm khánh thành cầu treo dân sinh nối hai thôn bên sông, giúp hơn 800 hộ dân đi lại an toàn trong mùa mưa lũ.";

    public static readonly DateOnly CauTreoDate = new(2024, 3, 12);

    public static readonly LegacyBlock[] CauTreoBlocks =
    [
        new(LegacyBlockKind.Caption, "Quang cảnh lễ khánh thành cầu treo", 10),
        new(LegacyBlockKind.Paragraph, "Cây cầu dài 120 mét, rộng 1,5 mét, được xây bằng vốn xã hội hóa và ngân sách huyện. Công trình khởi công từ tháng 9 năm ngoái.", 12),
        new(LegacyBlockKind.Heading, "NIỀM VUI CỦA NGƯỜI DÂN", 14),
        new(LegacyBlockKind.Caption, "Người dân và học sinh đi qua cầu mới", 16),
        new(LegacyBlockKind.Paragraph, "Trước đây, mỗi mùa mưa, học sinh hai thôn phải đi đò hoặc vòng xa hơn 7 km để đến trường.", 19),
        new(LegacyBlockKind.Paragraph, "Lãnh đạo huyện cho biết sẽ tiếp tục đầu tư các công trình giao thông nông thôn trong năm nay.", 21),
    ];

    /// <summary>The export "cau-treo.txt" as LF, NFC, no BOM (the file as checked in).</summary>
    public static string CauTreo => Read("cau-treo.txt");

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "legacy", name), new UTF8Encoding(false));

    /// <summary>Joins lines with LF and ends with one, as an export saved on Linux would.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>The two header lines and markers around a title, so a test writes only its body.</summary>
    public static string WithBody(params string[] body) =>
        Lines(
            [
                "PublishingPortal - Block_BanTin_Toolbar",
                "",
                "12/03/2024",
                "Tăng cỡ chữ Giảm cỡ chữ",
                CauTreoTitle,
                CauTreoLead,
                "",
                "PublishingPortal - Block_BanTin_ViewData",
                "",
                .. body,
            ]);

    /// <summary>Line number of the first body line written by <see cref="WithBody"/>.</summary>
    public const int FirstBodyLine = 10;

    /// <summary>Asserts every part of the parse of "cau-treo.txt", whatever its bytes were.</summary>
    public static void AssertIsCauTreo(LegacyArticle article)
    {
        Assert.Equal(CauTreoTitle, article.Title);
        Assert.Equal(CauTreoLead, article.Lead);
        Assert.Equal(CauTreoDate, article.Date);
        Assert.Null(article.Time);
        Assert.Equal(CauTreoBlocks, article.Blocks);
        Assert.Equal("Minh Khôi", article.Byline);
        Assert.Null(article.Source);
        Assert.Matches("^[0-9a-f]{64}$", article.ContentHash);
        AssertAllNfc(article);
    }

    public static void AssertAllNfc(LegacyArticle article)
    {
        Assert.True(article.Title.IsNormalized(NormalizationForm.FormC), "title is not NFC");
        Assert.True(article.Lead.IsNormalized(NormalizationForm.FormC), "lead is not NFC");
        Assert.All(article.Blocks, b => Assert.True(b.Text.IsNormalized(NormalizationForm.FormC), $"block at line {b.LineNumber} is not NFC"));
        Assert.True(article.Byline?.IsNormalized(NormalizationForm.FormC) ?? true, "byline is not NFC");
    }
}
