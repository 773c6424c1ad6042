using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Browser.Tests.Site;

/// <summary>
/// Issue 11: the administrator sets the agency's phone and writes a site page with an English version in the
/// article editor; a reader on a 390 px phone finds both in the footer, follows the page and switches to English.
/// </summary>
public sealed class SiteFooterBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";
    private readonly PortalBrowserFixture _fixture;

    public SiteFooterBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task AdminSetsPhoneAndWritesPageWithEnglish_ReaderOnPhoneSeesBothInFooter()
    {
        var email = await CreateAdministratorAsync();
        await using var adminContext = await _fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync("/dang-nhap");
        await admin.FillAsync("#Email", email);
        await admin.FillAsync("#Password", Password);
        await admin.ClickAsync("main form button[type=submit]");
        await admin.WaitForURLAsync("**/admin**");

        await admin.GotoAsync("/admin/cai-dat-trang");
        await admin.FillAsync("#Phone", "0236 3822 456");
        await admin.FillAsync("#AgencyName", "Ủy ban nhân dân tỉnh Thử Nghiệm");
        await admin.ClickAsync("form.site-settings button[type=submit]");
        await Assertions.Expect(admin.Locator(".flash")).ToContainTextAsync("Đã lưu cài đặt trang");

        // The page body is typed in the article form's rich-text editor, not in the Markdown textarea.
        await admin.GotoAsync("/admin/trang/tao-moi");
        await admin.FillAsync("#Title", "Đường dây nóng");
        var editor = admin.Locator("#site-page-form .rich-content");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await editor.ClickAsync();
        await admin.Keyboard.TypeAsync("Gọi đường dây nóng khi cần phản ánh.");
        await admin.ClickAsync("#site-page-form button[type=submit]");
        await Assertions.Expect(admin.Locator(".flash")).ToContainTextAsync("Đã tạo trang");
        Assert.Contains("Gọi đường dây nóng khi cần phản ánh.", await admin.InputValueAsync("#BodyMarkdown"), StringComparison.Ordinal);

        await admin.ClickAsync("text=Tạo bản tiếng Anh");
        await admin.FillAsync("#Title", "Hotline");
        await admin.Locator("#site-page-form .rich-content").ClickAsync();
        await admin.Keyboard.TypeAsync("Call the hotline to report a problem.");
        await admin.ClickAsync("#site-page-form button[type=submit]");
        await Assertions.Expect(admin.Locator(".flash")).ToContainTextAsync("Đã tạo bản tiếng Anh");

        await using var readerContext = await _fixture.NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        await reader.SetViewportSizeAsync(390, 844);
        await reader.GotoAsync("/");
        var footer = reader.Locator(".site-footer");
        var phone = footer.Locator("a[href^='tel:']");
        await Assertions.Expect(phone).ToHaveTextAsync("0236 3822 456");
        await Assertions.Expect(phone).ToHaveAttributeAsync("href", "tel:02363822456");
        await Assertions.Expect(footer).ToContainTextAsync("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thử Nghiệm");
        var pageLink = footer.Locator(".footer-links a", new() { HasTextString = "Đường dây nóng" });
        await Assertions.Expect(pageLink).ToBeVisibleAsync();
        await footer.ScrollIntoViewIfNeededAsync();
        await reader.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("site-footer-390.png"), FullPage = true });
        Assert.InRange(await reader.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);

        await pageLink.ClickAsync();
        await Assertions.Expect(reader.Locator("main h1")).ToHaveTextAsync("Đường dây nóng");
        await Assertions.Expect(reader.Locator("main .article-body")).ToContainTextAsync("Gọi đường dây nóng khi cần phản ánh.");
        await reader.ClickAsync(".language-switch a");
        await Assertions.Expect(reader.Locator("main h1")).ToHaveTextAsync("Hotline");
        await Assertions.Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(reader.Locator("main .article-body")).ToContainTextAsync("Call the hotline to report a problem.");
        await reader.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("site-page-en-390.png"), FullPage = true });
        Assert.InRange(await reader.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
    }

    private async Task<string> CreateAdministratorAsync()
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"admin-{Guid.NewGuid():N}@test.local";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Quản trị", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, NewsroomRoles.Administrator)).Succeeded);
        return email;
    }
}
