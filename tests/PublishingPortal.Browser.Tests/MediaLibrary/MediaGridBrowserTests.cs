using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.MediaLibrary;

/// <summary>
/// Issue 10's library bug: a photo uploaded by the script appears in the library grid under the form at once, first,
/// with its thumbnail, name and the "no description yet" badge; after a reload the grid shows the same card first.
/// </summary>
public sealed class MediaGridBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-luoi-anh-2024";

    private readonly PortalBrowserFixture _fixture;

    public MediaGridBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Upload_NewPhotoIsFirstInTheGrid_WithoutAReload()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password), Password);
        await page.GotoAsync("/admin/anh");
        var name = "luoi-anh-" + Guid.NewGuid().ToString("N")[..6] + ".jpg";
        var loads = 0;
        page.Load += (_, _) => loads++;

        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/jpeg", Buffer = await JpegAsync(page) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-upload-list] .upload-ok a")).ToHaveCountAsync(1);

        var first = page.Locator(".media-grid .media-card").First;
        await Expect(first.Locator(".media-name")).ToHaveTextAsync(name);
        await Expect(first.Locator(".badge-warning")).ToHaveTextAsync("Chưa có mô tả ảnh");
        Assert.True(await first.Locator("img").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))") > 0);
        Assert.Equal(0, loads);
        var id = await first.GetAttributeAsync("data-media-id");

        await page.ReloadAsync();
        Assert.Equal(id, await page.Locator(".media-grid .media-card").First.GetAttributeAsync("data-media-id"));
    }

    private static async Task<byte[]> JpegAsync(IPage page) => Convert.FromBase64String(await page.EvaluateAsync<string>("""
        () => {
            const canvas = document.createElement('canvas');
            canvas.width = 900; canvas.height = 600;
            const ctx = canvas.getContext('2d');
            ctx.fillStyle = '#48a'; ctx.fillRect(0, 0, 900, 600);
            ctx.fillStyle = '#fc3'; ctx.fillRect(200, 150, 400, 250);
            return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
        }
        """));
}
