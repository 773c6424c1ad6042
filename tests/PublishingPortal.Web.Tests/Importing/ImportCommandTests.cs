using System.Text;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Web.Importing;

namespace PublishingPortal.Web.Tests.Importing;

/// <summary>The <c>import</c> command as an operator runs it: files and folders, output lines, exit codes.</summary>
public sealed class ImportCommandTests : IClassFixture<EmptyPortalFactory>, IDisposable
{
    private const string Export = """
        PublishingPortal - Block_BanTin_Toolbar

        15/08/2024
        Tăng cỡ chữ Giảm cỡ chữ
        Đắk Lắk đón mùa cà phê bội thu
        Giá cà phê tăng giúp nông dân phấn khởi.

        PublishingPortal - Block_BanTin_ViewData

        Nông dân phơi cà phê ngoài sân

        Năm nay nhiều hộ thu hoạch sớm hơn mọi năm khoảng hai tuần.

        Thực hiện: Ngọc Đức.
        """;

    private readonly EmptyPortalFactory _factory;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-import-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests(EmptyPortalFactory factory)
    {
        _factory = factory;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_SameFileTwice_OneArticleAndSameSlug()
    {
        var file = Write("ca-phe.txt", Export.Replace("\n", "\r\n", StringComparison.Ordinal), bom: true);

        var (code1, out1, err1) = await RunAsync(file);
        var (code2, out2, _) = await RunAsync(file);

        Assert.Equal(0, code1);
        Assert.Equal("", err1);
        Assert.Equal(0, code2);
        var line1 = out1.Split('\n')[0];
        Assert.StartsWith("dak-lak-don-mua-ca-phe-boi-thu\thttp://localhost:5000/tin-tuc/dak-lak-don-mua-ca-phe-boi-thu", line1, StringComparison.Ordinal);
        Assert.Contains("đã có", out2.Split('\n')[0], StringComparison.Ordinal);
        var count = await _factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == "Đắk Lắk đón mùa cà phê bội thu"));
        Assert.Equal(1, count);
        var byline = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Title == "Đắk Lắk đón mùa cà phê bội thu").Select(a => a.Byline).SingleAsync());
        Assert.Equal("Ngọc Đức", byline);
    }

    [Fact]
    public async Task Run_Folder_ImportsEveryTxtAndReportsBadFileWithLine()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "lo")).FullName;
        Write(Path.Combine("lo", "a-tot.txt"), Export.Replace("Đắk Lắk", "Gia Lai", StringComparison.Ordinal));
        Write(Path.Combine("lo", "b-hong.txt"), "Không phải tệp xuất của cổng cũ\n\nMột dòng khác\n");
        Write(Path.Combine("lo", "c-khong-phai-txt.md"), "bỏ qua");
        var before = await _factory.WithDbAsync(db => db.Articles.CountAsync());

        var (code, output, error) = await RunAsync(sub);

        Assert.Equal(1, code);
        Assert.Contains("gia-lai-don-mua-ca-phe-boi-thu\t", output, StringComparison.Ordinal);
        var errorLine = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(Path.Combine(sub, "b-hong.txt") + ":1: ", errorLine, StringComparison.Ordinal);
        Assert.Contains("Block_BanTin_Toolbar", errorLine, StringComparison.Ordinal);
        Assert.Equal(before + 1, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Run_NotUtf8_ClearErrorAndNothingStored()
    {
        var file = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(file, [0x50, 0x75, 0x62, 0xE9, 0xFF, 0x0A]);
        var before = await _factory.WithDbAsync(db => db.Articles.CountAsync());

        var (code, _, error) = await RunAsync(file);

        Assert.Equal(1, code);
        Assert.Contains("UTF-8", error, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Run_SameTitleDifferentText_SecondSlugMadeUnique()
    {
        var first = Write("mot.txt", Export.Replace("Đắk Lắk", "Lâm Đồng", StringComparison.Ordinal));
        var second = Write("hai.txt", Export.Replace("Đắk Lắk", "Lâm Đồng", StringComparison.Ordinal).Replace("hai tuần", "ba tuần", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync(first, second);

        Assert.Equal(0, code);
        var slugs = output.Split('\n').Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(["lam-dong-don-mua-ca-phe-boi-thu", "lam-dong-don-mua-ca-phe-boi-thu-2"], slugs);
    }

    [Fact]
    public void HostArguments_KeepsSettingsDropsPathsAndImages()
    {
        var host = ImportCommand.HostArguments(
            ["import", "a.txt", "--images", "anh", "--Site:BaseUrl=https://tin.example.vn", "thu-muc", "--ConnectionStrings:Portal", "Data Source=/tmp/x.db"]);

        Assert.Equal(["--Site:BaseUrl=https://tin.example.vn", "--ConnectionStrings:Portal", "Data Source=/tmp/x.db"], host);
    }

    [Fact]
    public async Task Run_NoPaths_UsageErrorCode2()
    {
        var (code, _, error) = await RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("import", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingPath_FailsWithItsName()
    {
        var missing = Path.Combine(_folder, "khong-co.txt");

        var (code, _, error) = await RunAsync(missing);

        Assert.Equal(1, code);
        Assert.StartsWith(missing + ":", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text, bool bom = false)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] paths)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ImportCommand.RunAsync(_factory.Services, ["import", .. paths], output, error);
        return (code, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString().Replace("\r", "", StringComparison.Ordinal));
    }
}
