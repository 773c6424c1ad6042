using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The edit page's one publish-time field (issue 11) in real Chromium with JavaScript off: the radio alone shows the time
/// and the publish button's matching label, and "Hẹn giờ lúc" schedules at the typed time.
/// </summary>
public sealed class PublishTimeFieldBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-gio-xuat-ban-2024";
    private readonly PortalBrowserFixture _fixture;

    public PublishTimeFieldBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Radio_ShowsTheTimeAndTheButtonSaysWhatHappens_WithoutJavaScript_HenGioSchedules()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        var title = "Hội thi ẩm thực hẹn giờ " + Guid.NewGuid().ToString("N")[..4];
        int id;
        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = new Article
            {
                Title = title, Slug = "hoi-thi-am-thuc-" + Guid.NewGuid().ToString("N")[..6], Lead = "Sapo.", BodyMarkdown = "Nội dung.",
                BodyHtml = "<p>Nội dung.</p>", Status = ArticleStatus.Submitted, AuthorId = reporter.Id,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        await using var context = await _fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.SignInAsync(publisher, Password);
        await page.GotoAsync($"/admin/bai-viet/{id}");
        var button = page.Locator(".workflow-xuat-ban button");
        await Expect(page.Locator("input[name=PublishMode][value=ngay]")).ToBeCheckedAsync();
        await Expect(page.Locator("#PublishAt")).ToBeHiddenAsync();
        await Expect(button).ToHaveTextAsync("Lưu và xuất bản ngay", new() { UseInnerText = true });

        await page.CheckAsync("input[name=PublishMode][value=hen-gio]");
        await Expect(page.Locator("#PublishAt")).ToBeVisibleAsync();
        await Expect(button).ToHaveTextAsync("Lưu và hẹn giờ xuất bản theo giờ đã chọn", new() { UseInnerText = true });
        await page.FillAsync("#PublishAt", "2099-05-01T07:30");
        await button.ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("01/05/2099 07:30");

        await using var check = _fixture.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<PortalDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(ArticleStatus.Scheduled, stored.Status);
        Assert.Equal(new DateTimeOffset(2099, 5, 1, 0, 30, 0, TimeSpan.Zero), stored.PublishedAt);
    }
}
