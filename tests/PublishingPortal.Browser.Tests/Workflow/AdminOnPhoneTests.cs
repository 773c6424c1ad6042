using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The admin on a 390 px phone: a long account name and the article list's wide table once made the whole page wider
/// than the screen, so every page scrolled sideways. The page now fits; the table scrolls inside its own box.
/// </summary>
public sealed class AdminOnPhoneTests : IClassFixture<PortalBrowserFixture>
{
    private readonly PortalBrowserFixture _fixture;

    public AdminOnPhoneTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task ArticleList_On390PxPhone_PageNoWiderThanScreen()
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"reporter-{Guid.NewGuid():N}@test.local";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "r", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, "mat-khau-trinh-duyet-2024")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, NewsroomRoles.Reporter)).Succeeded);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 900);
        await page.GotoAsync("/dang-nhap");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "mat-khau-trinh-duyet-2024");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/admin**");
        await page.GotoAsync("/admin/bai-viet");
        await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("admin-article-list-390.png"), FullPage = true });

        Assert.Equal(4, await page.Locator("table.grid tbody tr").CountAsync());
        Assert.InRange(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
    }
}
