using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Browser.Tests.Sections;

/// <summary>
/// Issue 11: the administrator creates a section shown in the menu; a reader without JavaScript finds it in the
/// header at 390 px (behind the "Chuyên mục" disclosure, opened with the keyboard) and at 1280 px (in the row).
/// </summary>
public sealed class SectionMenuBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";

    private readonly PortalBrowserFixture _fixture;

    public SectionMenuBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task AdminCreatesSection_ReaderHeaderShowsItOnPhoneAndDesktop()
    {
        var email = (await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password)).Email!;
        await using (var admin = await _fixture.NewContextAsync())
        {
            var page = await admin.NewPageAsync();
            await page.GotoAsync("/dang-nhap");
            await page.FillAsync("#Email", email);
            await page.FillAsync("#Password", Password);
            await page.ClickAsync("main form button[type=submit]");
            await page.WaitForURLAsync("**/admin**");
            await page.ClickAsync("header nav a:text-is('Chuyên mục')");
            await page.ClickAsync("text=Thêm chuyên mục");
            await page.FillAsync("#Name", "Du lịch biển");
            await page.FillAsync("#MetaDescription", "Tin du lịch biển của tỉnh.");
            await page.ClickAsync("form.category-form button[type=submit]");
            await page.WaitForURLAsync("**/admin/chuyen-muc");
            Assert.Contains("Đã tạo chuyên mục \"Du lịch biển\".", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        }

        await using var reader = await _fixture.NewContextAsync(javaScriptEnabled: false);
        var phone = await reader.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync("/");
        var link = phone.Locator(".site-header .section-menu a", new() { HasTextString = "Du lịch biển" });
        Assert.False(await link.IsVisibleAsync());
        // Keyboard only: Tab to the disclosure, Enter opens it, Tab reaches the sections.
        await phone.FocusAsync(".section-menu > summary");
        await phone.Keyboard.PressAsync("Enter");
        Assert.True(await link.IsVisibleAsync());
        Assert.InRange(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
        await phone.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("section-menu-390.png"), FullPage = false });
        await link.ClickAsync();
        await phone.WaitForURLAsync("**/chuyen-muc/du-lich-bien");
        Assert.Equal("Tin du lịch biển của tỉnh.", await phone.GetAttributeAsync("meta[name=description]", "content"));
        Assert.Equal("page", await phone.Locator(".section-menu a", new() { HasTextString = "Du lịch biển" }).GetAttributeAsync("aria-current"));

        var desktop = await reader.NewPageAsync();
        await desktop.GotoAsync("/");
        var row = desktop.Locator(".site-header .section-menu a", new() { HasTextString = "Du lịch biển" });
        // Wide screens show the sections in a row without opening anything.
        Assert.True(await row.IsVisibleAsync());
        Assert.False(await desktop.Locator(".section-menu > summary").IsVisibleAsync());
        await desktop.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("section-menu-1280.png"), FullPage = false });
    }
}
