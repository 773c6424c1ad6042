using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>
/// Upload safety (issue 4): each hostile or broken file is refused by its content with its own
/// Vietnamese message, and leaves no file (original, temporary or variant) and no row behind.
/// </summary>
public sealed partial class UploadSafetyTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public UploadSafetyTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    public static TheoryData<string, string, string, string> RefusedFiles => new()
    {
        // kind, file name, claimed type, expected message (after "{file name}: ")
        { "html", "anh-bia.jpg", "image/jpeg", "đây là tệp SVG, HTML hoặc mã script, không phải ảnh" },
        { "svg", "logo.svg", "image/svg+xml", "đây là tệp SVG, HTML hoặc mã script, không phải ảnh" },
        { "png-bomb", "rat-dai.png", "image/png", "ảnh khai báo 1 × 500.000.000 điểm ảnh, vượt giới hạn 50.000.000 điểm ảnh" },
        { "empty", "rong.jpg", "image/jpeg", "tệp rỗng (0 byte)" },
        { "truncated", "dang-do.jpg", "image/jpeg", "ảnh bị hỏng hoặc không đầy đủ" },
        { "gif-frames", "dong.gif", "image/gif", "ảnh động có 3.000 khung hình, vượt giới hạn 200 khung hình" },
        { "polyglot", "lai.jpg", "image/jpeg", "tệp ảnh có chứa mã HTML, script hoặc dữ liệu nén giấu bên trong" },
        { "polyglot-split", "lai-2.jpg", "image/jpeg", "tệp ảnh có chứa mã HTML, script hoặc dữ liệu nén giấu bên trong" },
        { "text", "ghi-chu.jpg", "image/jpeg", "không phải ảnh JPEG, PNG, WebP hoặc GIF" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Upload_RefusedFile_ExplainsAndStoresNothing(string kind, string fileName, string claimedType, string message)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;
        var rowsBefore = await CountRowsAsync();
        var filesBefore = MediaUploads.StoredFiles(_factory);

        var (response, file) = await MediaUploads.UploadAsync(client, fileName, Make(kind), claimedType);

        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var error = file.GetProperty("error").GetString()!;
        Assert.StartsWith(fileName + ": ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await CountRowsAsync());
        Assert.Equal(filesBefore, MediaUploads.StoredFiles(_factory));
    }

    [Fact]
    public async Task Upload_WithoutScript_ShowsEachOutcomeOnTheLibraryPage()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var _ = client;
        var rowsBefore = await CountRowsAsync();

        using var response = await MediaUploads.PostAsync(
            client,
            json: false,
            ("trang-web.jpg", TestImages.HtmlPage(), "image/jpeg"),
            ("that.jpg", TestImages.Jpeg(120, 80), "image/jpeg"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".upload-results .upload-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["trang-web.jpg: đây là tệp SVG, HTML hoặc mã script, không phải ảnh. Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF."], errors);
        Assert.Contains("that.jpg", page.QuerySelector(".upload-results .upload-ok")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(rowsBefore + 1, await CountRowsAsync());
    }

    [Fact]
    public async Task Upload_NameWithPathAndWrongClaimedType_StoresUnderGeneratedNameByContent()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;

        var (id, key) = await MediaUploads.UploadGoodAsync(_factory, client, "../../../wwwroot/evil.jpg", TestImages.Png(90, 60));

        var asset = await _factory.WithDbAsync(db => db.MediaAssets.SingleAsync(m => m.Id == id));
        Assert.Equal("evil.jpg", asset.OriginalFileName);
        Assert.Equal("image/png", asset.ContentType);
        Assert.Matches(GeneratedName(), asset.StoredName);
        Assert.NotEqual(key + ".png", asset.StoredName);
        Assert.Equal((90, 60), (asset.Width, asset.Height));
        Assert.True(File.Exists(Path.Combine(_factory.Root, "media", "originals", asset.StoredName)));
        Assert.Empty(Directory.EnumerateFiles(_factory.Root, "evil.jpg", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_NoFile_SaysSo()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;

        using var response = await client.SubmitAsync(MediaUploads.LibraryUrl, formSelector: "form[data-upload]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Chưa chọn ảnh nào để tải lên.", page.QuerySelector(".upload-results .upload-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Upload_Anonymous_IsRefused()
    {
        using var client = _factory.CreateReader();
        var rowsBefore = await CountRowsAsync();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Jpeg(10, 10)), "files", "a.jpg" } };

        using var response = await client.PostAsync(MediaUploads.UploadUrl, content);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(rowsBefore, await CountRowsAsync());
    }

    private static byte[] Make(string kind) => kind switch
    {
        "html" => TestImages.HtmlPage(),
        "svg" => TestImages.SvgWithScript(),
        "png-bomb" => TestImages.PngClaimingHalfAGigapixel(),
        "empty" => [],
        "truncated" => TestImages.TruncatedJpeg(),
        "gif-frames" => TestImages.AnimatedGif(3000),
        "polyglot" => TestImages.JpegWithScript(),
        "polyglot-split" => TestImages.JpegWithScriptAcrossReads(),
        "text" => System.Text.Encoding.UTF8.GetBytes("Biên bản cuộc họp, không phải ảnh."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private Task<int> CountRowsAsync() => _factory.WithDbAsync(db => db.MediaAssets.CountAsync());

    [GeneratedRegex("^[0-9a-f]{32}\\.png$")]
    private static partial Regex GeneratedName();
}
