using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Browser.Tests.Accounts;

/// <summary>Issue 11: the Administrator generates and sees the first password; the newcomer must change it.</summary>
public sealed class NewAccountBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";

    private readonly PortalBrowserFixture _fixture;

    public NewAccountBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task GeneratePassword_ShownAndAccepted_NewcomerLandsOnChangePassword()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        var email = $"moi-{Guid.NewGuid():N}@test.local";
        string generated;
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await SignInAsync(context, admin.Email!, Password);
            await page.GotoAsync("/admin/tai-khoan/tao-moi");
            Assert.Equal(0, await page.Locator("input[name=Roles]:checked").CountAsync());
            Assert.True(await page.Locator("#MustChangePassword").IsCheckedAsync());
            Assert.Equal("password", await page.Locator("#Password").GetAttributeAsync("type"));

            await page.ClickAsync("button[data-password-generate]");
            Assert.Equal("text", await page.Locator("#Password").GetAttributeAsync("type"));
            Assert.True(await page.Locator("[data-password-show]").IsCheckedAsync());
            generated = await page.Locator("#Password").InputValueAsync();
            Assert.Matches("^[a-km-zA-HJ-NP-Z2-9]{18}[2-9][a-km-z]$", generated);
            await page.ClickAsync("button[data-password-generate]");
            Assert.NotEqual(generated, await page.Locator("#Password").InputValueAsync());
            generated = await page.Locator("#Password").InputValueAsync();

            // "Hiện mật khẩu" hides it again.
            await page.Locator("[data-password-show]").UncheckAsync();
            Assert.Equal("password", await page.Locator("#Password").GetAttributeAsync("type"));

            await page.FillAsync("#Email", email);
            await page.FillAsync("#DisplayName", "Người Mới");
            await page.CheckAsync($"input[name=Roles][value={NewsroomRoles.Reporter}]");
            await page.ClickAsync("form.user-create button[type=submit]");
            await page.WaitForURLAsync("**/admin/tai-khoan/*");
        }

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await SignInAsync(context, email, generated);
            await page.GotoAsync("/admin/bai-viet");
            Assert.EndsWith("/admin/ho-so", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.True(await page.Locator(".must-change-password").IsVisibleAsync());
        }
    }

    [Fact]
    public async Task WithoutJavaScript_OrdinaryPasswordField_HelpersHidden()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await SignInAsync(context, admin.Email!, Password);
        await page.GotoAsync("/admin/tai-khoan/tao-moi");
        Assert.Equal("password", await page.Locator("#Password").GetAttributeAsync("type"));
        Assert.False(await page.Locator("button[data-password-generate]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-password-show]").IsVisibleAsync());
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/admin**");
        return page;
    }
}
