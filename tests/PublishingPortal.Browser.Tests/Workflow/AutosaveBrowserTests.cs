using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The edit form's autosave in a real browser (issue 10): text typed and never saved is autosaved by the script,
/// offered when the article is opened again, and restored into the form by "Khôi phục".
/// </summary>
public sealed class AutosaveBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-tu-luu-2024";
    private readonly PortalBrowserFixture _fixture;

    public AutosaveBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Reporter_TypesInBody_StatusSaysAutosaved_ReopenOffersIt_KhoiPhucPutsTheTextBack()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        const string typed = "Đoạn này gõ xong thì máy hết pin, chưa bấm lưu.";
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", "Bài thử tự lưu " + Guid.NewGuid().ToString("N")[..4]);
        await page.ShowMarkdownAsync();
        await page.FillAsync("#BodyMarkdown", "Đoạn đầu đã lưu.");
        await page.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await page.WaitForSelectorAsync(".flash");
        var editUrl = page.Url;

        await page.ShowMarkdownAsync();
        await page.FocusAsync("#BodyMarkdown");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("\n\n" + typed);
        var status = page.Locator(".autosave-status");
        await status.Filter(new LocatorFilterOptions { HasTextString = "Đã tự lưu lúc" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        Assert.Matches(@"^Đã tự lưu lúc \d{2}:\d{2}$", (await status.TextContentAsync())!.Trim());

        var again = await context.NewPageAsync();
        await again.GotoAsync(editUrl);
        // Opened again, the editor holds what was typed last, and says it is the autosave.
        await Expect(again.Locator(".autosave-loaded")).ToContainTextAsync("bản tự lưu");
        await Expect(again.Locator(".rich-content")).ToContainTextAsync(typed);
        Assert.Contains(typed, await again.InputValueAsync("#BodyMarkdown"), StringComparison.Ordinal);

        // "Xem bản đã lưu" shows the saved version with the offer; "Khôi phục" brings the typed text back.
        await again.ClickAsync(".autosave-loaded a");
        var offer = again.Locator(".autosave-offer");
        Assert.Contains("mới hơn bản đã lưu", (await offer.TextContentAsync())!, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, await again.InputValueAsync("#BodyMarkdown"), StringComparison.Ordinal);
        await again.ClickAsync(".autosave-offer a.autosave-restore");
        await again.WaitForSelectorAsync(".kept-form");
        Assert.Contains(typed, await again.InputValueAsync("#BodyMarkdown"), StringComparison.Ordinal);
    }
}
