using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetVips;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using static Microsoft.Playwright.Assertions;

// Not "….Media" like the folder: that namespace would hide Microsoft.Playwright.Media (Media.Print) from the sibling test namespaces.
namespace PublishingPortal.Browser.Tests.MediaLibrary;

/// <summary>
/// Issue 4 end to end in Chromium: a reporter uploads a photo (drag-and-drop uploader, XHR progress),
/// describes it, places it with a caption in a new article and submits it; a publisher publishes it;
/// a reader sees the figure with its caption, loaded from a WebP variant.
/// </summary>
public sealed partial class MediaBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";

    private readonly PortalBrowserFixture _fixture;

    public MediaBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task UploadPlaceWithCaptionPublish_ReaderSeesFigureFromWebpVariant()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        const string caption = "Đồi chè Tân Cương buổi sớm";
        const string title = "Vụ chè xuân ở Tân Cương được mùa";

        await using var newsroom = await _fixture.NewContextAsync();
        var page = await newsroom.NewPageAsync();
        await SignInAsync(page, reporter);

        // Upload through the script: one XHR per file, with a progress bar, then a link to the photo's page.
        await page.GotoAsync("/admin/anh");
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "doi-che.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        var uploaded = page.Locator("[data-upload-list] .upload-ok a");
        await Expect(uploaded).ToHaveCountAsync(1);
        Assert.Equal(100, await page.Locator("[data-upload-list] progress").EvaluateAsync<int>("p => p.value"));
        await uploaded.ClickAsync();
        await page.Locator("#AltText").FillAsync("Những hàng chè xanh trên đồi thoải");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin ảnh" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Đã lưu thông tin ảnh.");

        // A new article; its editor links to the photo page; the photo goes in with a caption.
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.Locator("#article-form [name=Title]").FillAsync(title);
        await page.Locator("#article-form [name=Lead]").FillAsync("Năng suất chè xuân tăng nhờ quy trình chăm sóc mới.");
        await page.ShowMarkdownAsync();
        await page.Locator("#article-form [name=BodyMarkdown]").FillAsync("Những ngày này, các đồi chè rộn ràng tiếng cười nói.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bài nháp" }).ClickAsync();
        await Expect(page.Locator(".article-photos-panel")).ToBeVisibleAsync();
        var editUrl = page.Url;
        await page.Locator(".article-photos-panel a.button").ClickAsync();
        await page.Locator(".media-card", new() { HasText = "doi-che.jpg" }).GetByRole(AriaRole.Link, new() { NameRegex = ChooseThisPhoto() }).ClickAsync();
        var insert = page.Locator("form[data-action=chen]");
        await insert.Locator("[name=Caption]").FillAsync(caption);
        await insert.Locator("[name=Credit]").FillAsync("Thu Hà");
        await insert.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã chèn ảnh");
        await page.GotoAsync(editUrl);
        await page.Locator(".workflow-gui-duyet button").ClickAsync();

        // Another person publishes (nobody approves their own article).
        await using var desk = await _fixture.NewContextAsync();
        var deskPage = await desk.NewPageAsync();
        await SignInAsync(deskPage, publisher);
        await deskPage.GotoAsync(new Uri(editUrl).PathAndQuery);
        await deskPage.Locator(".workflow-xuat-ban button").ClickAsync();
        await Expect(deskPage.Locator(".article-state .status")).ToHaveTextAsync("Đã xuất bản");
        var articleUrl = await deskPage.Locator(".article-state a", new() { HasText = "Xem trên trang" }).GetAttributeAsync("href");

        // A reader, no cookies.
        await using var reader = await _fixture.NewContextAsync();
        var readerPage = await reader.NewPageAsync();
        await readerPage.GotoAsync(articleUrl!);
        var figure = readerPage.Locator(".article-body figure", new() { HasText = caption });
        await Expect(figure.Locator("figcaption")).ToHaveTextAsync(caption + " Ảnh: Thu Hà");
        var img = figure.Locator("picture img");
        await img.ScrollIntoViewIfNeededAsync();
        Assert.True(await img.EvaluateAsync<bool>(
            """
            img => img.complete && img.naturalWidth > 0 ? true : new Promise(resolve => {
                img.addEventListener('load', () => resolve(true), { once: true });
                img.addEventListener('error', () => resolve(false), { once: true });
                setTimeout(() => resolve(img.complete && img.naturalWidth > 0), 10000);
            })
            """));
        var currentSrc = await img.EvaluateAsync<string>("img => img.currentSrc");
        Assert.Matches(WebpVariant(), currentSrc);
        Assert.Equal("Những hàng chè xanh trên đồi thoải", await img.GetAttributeAsync("alt"));
        Assert.True(await img.EvaluateAsync<int>("img => img.naturalWidth") >= 640);

        var screenshot = TestArtifacts.ScreenshotPath("media-figure-webp.png");
        await figure.ScreenshotAsync(new() { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    private static byte[] Photo()
    {
        using var xyz = Image.Xyz(1600, 1000);
        using var x = xyz[0];
        using var y = xyz[1];
        using var r = x / 1600.0 * 80 + 30;
        using var g = y / 1000.0 * 120 + 100;
        using var b = (x + y) / 2600.0 * 60 + 20;
        using var rgb = r.Bandjoin(g, b);
        using var bytes = rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return bytes.JpegsaveBuffer(q: 85);
    }

    private static async Task SignInAsync(IPage page, PortalUser user)
    {
        await page.GotoAsync("/dang-nhap");
        await page.Locator("#Email").FillAsync(user.Email!);
        await page.Locator("#Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());
    }

    [GeneratedRegex("/media/[0-9a-f]{32}/[0-9]+\\.webp$")]
    private static partial Regex WebpVariant();

    [GeneratedRegex("^Chọn ảnh này")]
    private static partial Regex ChooseThisPhoto();

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex SignInUrl();
}
