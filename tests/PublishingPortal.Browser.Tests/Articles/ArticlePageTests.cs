using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Web.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Articles;

/// <summary>The article page in a real Chromium: font-size controls with and without JavaScript, figures, print.</summary>
public sealed partial class ArticlePageTests : IClassFixture<PortalBrowserFixture>
{
    private const string BodyText = ".article-body p";
    private const double PixelTolerance = 0.05;

    private readonly PortalBrowserFixture _fixture;

    public ArticlePageTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task IncreaseFontSize_WithScript_GrowsWithoutReloadAndKeepsSizeOnReload()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var fontSizeRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/co-chu/", StringComparison.Ordinal))
            {
                fontSizeRequests.Add(request.Url);
            }
        };
        await OpenFirstArticleAsync(page);
        var original = await BodyFontSizeAsync(page);
        var larger = original * FontSize.Scales[FontSize.Default] / FontSize.Scales[FontSize.Default - 1];

        // A marker in the page's JavaScript state is lost if the click reloads the page.
        await page.EvaluateAsync("() => { window.__marker = 1; }");
        await FontSizeControl(page, "Tăng cỡ chữ").ClickAsync();

        Assert.Equal(larger, await BodyFontSizeAsync(page), PixelTolerance);
        Assert.Equal(1, await page.EvaluateAsync<int?>("() => window.__marker"));
        Assert.Empty(fontSizeRequests);

        // The server renders the stored step into <html class>, so the first paint is already large.
        var reload = await page.ReloadAsync();
        Assert.NotNull(reload);
        Assert.Matches(HtmlWithStep3(), await reload.TextAsync());
        Assert.Equal(larger, await BodyFontSizeAsync(page), PixelTolerance);

        var screenshot = TestArtifacts.ScreenshotPath("article-font-size-step-3.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot) is { Exists: true, Length: > 0 }, $"No screenshot at {screenshot}");

        await FontSizeControl(page, "Cỡ chữ mặc định").ClickAsync();

        Assert.Equal(original, await BodyFontSizeAsync(page), PixelTolerance);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == FontSize.CookieName);
        Assert.Empty(fontSizeRequests);
    }

    [Fact]
    public async Task IncreaseFontSize_WithoutScript_StoresStepAndReturnsToArticle()
    {
        await using var context = await _fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await OpenFirstArticleAsync(page);
        var articleUrl = page.Url;
        var original = await BodyFontSizeAsync(page);

        var redirect = await page.RunAndWaitForResponseAsync(
            () => FontSizeControl(page, "Tăng cỡ chữ").ClickAsync(),
            r => new Uri(r.Url).AbsolutePath == "/co-chu/tang");

        Assert.Equal(302, redirect.Status);
        Assert.Contains(await context.CookiesAsync(), c => c.Name == FontSize.CookieName && c.Value == "3");
        await Expect(page.Locator("html")).ToHaveClassAsync(HtmlClassStep3());
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(articleUrl, page.Url);
        Assert.True(await BodyFontSizeAsync(page) > original + 1, "The article text should be larger after the no-JavaScript control.");
    }

    [Fact]
    public async Task ArticleFigures_ScrolledIntoView_ShowLoadedImageWithCaptionBelow()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenFirstArticleAsync(page);

        var images = page.Locator(".article-body img");
        var count = await images.CountAsync();
        Assert.True(count > 0, "The demo article should have at least one figure.");
        for (var i = 0; i < count; i++)
        {
            var image = images.Nth(i);
            var src = await image.GetAttributeAsync("src");
            await image.ScrollIntoViewIfNeededAsync();

            // Lazy images start loading once in view; wait for load or error (bounded, so a hang fails).
            var loaded = await image.EvaluateAsync<bool>(
                """
                img => img.complete ? true : new Promise(resolve => {
                    img.addEventListener('load', () => resolve(true), { once: true });
                    img.addEventListener('error', () => resolve(false), { once: true });
                    setTimeout(() => resolve(img.complete), 10000);
                })
                """);
            Assert.True(loaded, $"Image {src} did not finish loading.");
            Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, $"Image {src} is broken (naturalWidth 0).");
            Assert.DoesNotContain("photo-missing", await image.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);

            var figure = page.Locator(".article-body figure").Filter(new() { Has = page.Locator($"img[src=\"{src}\"]") });
            var caption = figure.Locator("figcaption");
            await Expect(caption).ToHaveCountAsync(1);
            await Expect(caption).Not.ToBeEmptyAsync();
            var imageBox = await image.BoundingBoxAsync();
            var captionBox = await caption.BoundingBoxAsync();
            Assert.NotNull(imageBox);
            Assert.NotNull(captionBox);
            Assert.True(imageBox.Height > 0, $"Image {src} has no height.");
            Assert.True(
                captionBox.Y >= imageBox.Y + imageBox.Height - 1,
                $"The caption of {src} should be under the image (image bottom {imageBox.Y + imageBox.Height}, caption top {captionBox.Y}).");
        }
    }

    [Fact]
    public async Task ArticlePage_PrintMedia_HidesToolbarAndHeaderAndShowsArticleUrl()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenFirstArticleAsync(page);
        await Expect(page.Locator(".Block_BanTin_Toolbar")).ToBeVisibleAsync();
        await Expect(page.Locator(".print-url")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".Block_BanTin_Toolbar")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".print-url")).ToBeVisibleAsync();
        await Expect(page.Locator(".print-url")).ToContainTextAsync(page.Url);
    }

    private static async Task OpenFirstArticleAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("a[href^='/tin-tuc/']").First.ClickAsync();
        await page.WaitForURLAsync(ArticlePath());
        await Expect(page.Locator(BodyText).First).ToBeVisibleAsync();
    }

    private static ILocator FontSizeControl(IPage page, string name) =>
        page.Locator(".Block_BanTin_Toolbar").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    // Computed size of the first body paragraph, in CSS pixels.
    private static async Task<double> BodyFontSizeAsync(IPage page)
    {
        var value = await page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{BodyText}')).fontSize");
        Assert.EndsWith("px", value, StringComparison.Ordinal);
        return double.Parse(value.AsSpan(0, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/tin-tuc/[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"<html\b[^>]*\bclass=""[^""]*\bfs-3\b")]
    private static partial Regex HtmlWithStep3();

    [GeneratedRegex(@"(?:^|\s)fs-3(?:\s|$)")]
    private static partial Regex HtmlClassStep3();
}
