using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;

namespace PublishingPortal.Browser.Tests.Search;

/// <summary>A reader searches without diacritics from the header, opens a result, and prints it.</summary>
public sealed class SearchFlowTests : IClassFixture<PortalBrowserFixture>
{
    private readonly PortalBrowserFixture _fixture;

    public SearchFlowTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task HeaderSearch_FoldedQuery_OpenResult_PrintView()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // "le hoi duong pho" without diacritics finds the demo article "Lễ hội đường phố …".
        await page.FillAsync("form[role=search] input[name=q]", "le hoi duong pho");
        await page.PressAsync("form[role=search] input[name=q]", "Enter");
        await page.WaitForURLAsync("**/tim-kiem?**");
        var first = page.Locator("main a[href^='/tin-tuc/']").First;
        var marked = await page.Locator("main mark").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Contains("Lễ hội", StringComparison.Ordinal) || m.Contains("hội", StringComparison.Ordinal));
        await first.ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/**");
        Assert.Contains("Lễ hội", await page.TextContentAsync("h1.article-title"), StringComparison.Ordinal);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync(".Block_BanTin_Toolbar"));
        Assert.False(await page.IsVisibleAsync("form[role=search]"));
        Assert.True(await page.IsVisibleAsync(".print-url"));
        Assert.Contains(new Uri(page.Url).AbsolutePath, await page.TextContentAsync(".print-url"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync(".article-meta time"));
        var screenshot = await page.ScreenshotAsync(new() { FullPage = true });
        Assert.NotEmpty(screenshot);
    }
}
