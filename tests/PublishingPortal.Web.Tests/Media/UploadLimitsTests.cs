using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>The portal with small upload limits from configuration (<c>Media:MaxBytes</c>, <c>Media:MaxPixels</c>, <c>Media:MaxFilesPerUpload</c>).</summary>
public sealed class SmallMediaLimitsPortalFactory : PortalFactory
{
    protected override bool SeedDemoContent => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Media:MaxBytes", "100000");
        builder.UseSetting("Media:MaxPixels", "250000");
        builder.UseSetting("Media:MaxFilesPerUpload", "2");
    }
}

/// <summary>Limits come from configuration; a file or a request over them gets a clear message and stores nothing.</summary>
public sealed class UploadLimitsTests : IClassFixture<SmallMediaLimitsPortalFactory>
{
    private readonly SmallMediaLimitsPortalFactory _factory;

    public UploadLimitsTests(SmallMediaLimitsPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Upload_FileOverMaxBytes_IsRefusedWithTheLimit()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;
        var big = TestImages.NoiseJpeg(400, 400);
        Assert.True(big.Length is > 100_000 and < 1_000_000, $"test image is {big.Length} bytes");

        var (response, file) = await MediaUploads.UploadAsync(client, "lon.jpg", big);

        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal("lon.jpg: tệp lớn hơn giới hạn 0,1 MB cho mỗi ảnh.", file.GetProperty("error").GetString());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        Assert.Empty(MediaUploads.StoredFiles(_factory));
    }

    [Fact]
    public async Task Upload_ImageOverMaxPixels_IsRefusedFromItsHeader()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;

        var (response, file) = await MediaUploads.UploadAsync(client, "rong.png", TestImages.Png(600, 500));

        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal("rong.png: ảnh khai báo 600 × 500 điểm ảnh, vượt giới hạn 250.000 điểm ảnh; ảnh không được giải mã.", file.GetProperty("error").GetString());
        Assert.Empty(MediaUploads.StoredFiles(_factory));
    }

    [Fact]
    public async Task Upload_TooManyFiles_StoresNone()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;
        var small = TestImages.Jpeg(40, 30);

        using var response = await MediaUploads.PostAsync(client, json: true, ("1.jpg", small, "image/jpeg"), ("2.jpg", small, "image/jpeg"), ("3.jpg", small, "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Mỗi lần tải lên tối đa 2 ảnh; bạn đã chọn 3. Không ảnh nào được lưu.", json.RootElement.GetProperty("files")[0].GetProperty("error").GetString());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
    }

    [Fact]
    public async Task Upload_RequestOverTheLimit_IsAnsweredBeforeReadingWithAMessage()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;
        var huge = new byte[1_400_000];

        using var response = await MediaUploads.PostAsync(client, json: true, ("qua-lon.jpg", huge, "image/jpeg"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            "Dung lượng gửi lên quá lớn: tối đa 0,1 MB mỗi ảnh và 2 ảnh mỗi lần. Không ảnh nào được lưu.",
            json.RootElement.GetProperty("error").GetString());
        Assert.Empty(MediaUploads.StoredFiles(_factory));
    }

    [Fact]
    public async Task Upload_RequestOverTheLimitWithoutScript_ReturnsToTheLibraryWithTheMessage()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;

        using var response = await MediaUploads.PostAsync(client, json: false, ("qua-lon.jpg", new byte[1_400_000], "image/jpeg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MediaUploads.LibraryUrl, response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync(MediaUploads.LibraryUrl);
        Assert.StartsWith("Dung lượng gửi lên quá lớn", page.QuerySelector(".flash")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
