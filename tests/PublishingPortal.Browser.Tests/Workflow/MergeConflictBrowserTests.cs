using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The conflict page of issue 10 on a 390 px phone: two people change the lead of one article; the later one sees both
/// versions stacked, the page no wider than the screen, picks "Lấy bản đang lưu" by its label and saves.
/// </summary>
public sealed class MergeConflictBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-gop-ban-2024";
    private readonly PortalBrowserFixture _fixture;

    public MergeConflictBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task SameFieldChangedByTwo_OnPhone_ConflictPageFits_TakeTheirsByLabel_Saves()
    {
        var first = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        var second = await _fixture.CreateUserAsync(NewsroomRoles.Editor, Password);
        await using var firstContext = await _fixture.NewContextAsync();
        await using var secondContext = await _fixture.NewContextAsync();
        var a = await firstContext.SignInAsync(first, Password);
        await a.GotoAsync("/admin/bai-viet/tao-moi");
        await a.FillAsync("#Title", "Bài hai người sửa " + Guid.NewGuid().ToString("N")[..4]);
        await a.FillAsync("#Lead", "Sapo ban đầu.");
        await a.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await a.WaitForSelectorAsync(".flash");
        var editUrl = a.Url;

        var b = await secondContext.SignInAsync(second, Password);
        await b.SetViewportSizeAsync(390, 900);
        await b.GotoAsync(editUrl);
        await a.FillAsync("#Lead", "Sapo của người thứ nhất, đã lưu trước.");
        await a.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await a.WaitForSelectorAsync(".flash");
        await b.FillAsync("#Lead", "Sapo của người thứ hai, lưu sau.");
        await b.ClickAsync("#article-form button[type=submit]:not([name=preview])");

        var fieldset = b.Locator("#merge-form fieldset");
        await fieldset.WaitForAsync();
        await b.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("merge-conflict-390.png"), FullPage = true });
        Assert.Equal(1, await fieldset.CountAsync());
        Assert.Equal("Sapo", (await fieldset.Locator("legend").TextContentAsync())!.Trim());
        Assert.InRange(await b.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
        await b.GetByLabel("Lấy bản đang lưu").CheckAsync();
        await b.ClickAsync("#merge-form button[type=submit]");
        await b.WaitForSelectorAsync(".flash");

        Assert.Equal("Sapo của người thứ nhất, đã lưu trước.", await b.InputValueAsync("#Lead"));
    }
}
