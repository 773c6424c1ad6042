using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// Issue 11 in Chromium: a reporter whose article came back lands on "Việc của tôi", sees the reason and the header
/// count, and "Đánh dấu đã đọc" lowers the count.
/// </summary>
public sealed class MyWorkBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-viec-cua-toi-2024";

    private readonly PortalBrowserFixture _fixture;

    public MyWorkBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task ReturnedArticle_ReporterSeesReasonAndCount_MarkReadLowersIt()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var editor = await _fixture.CreateUserAsync(NewsroomRoles.Editor, Password);
        var now = DateTimeOffset.UtcNow;
        int id;
        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = new Article
            {
                Title = "Chợ nổi Cái Răng mùa nước",
                Slug = "cho-noi-cai-rang-" + Guid.NewGuid().ToString("N")[..8],
                Lead = "Sapo.",
                BodyMarkdown = "Nội dung.",
                BodyHtml = "<p>Nội dung.</p>",
                Status = ArticleStatus.Submitted,
                AuthorId = reporter.Id,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;

            // "Trả lại" as the workflow's button does it: Submitted → Returned with a reason, through the one write path.
            var tracked = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id);
            tracked.Status = ArticleStatus.Returned;
            tracked.ReturnReason = "Cần thêm ảnh chợ lúc bình minh.";
            var result = await scope.ServiceProvider.GetRequiredService<ArticleCommit>().CommitAsync(
                tracked, new ArticleChange(new EditorIdentity(editor.Id, editor.DisplayName), "Trả lại", AuditActions.ArticleTransition, _ => "trả lại"));
            Assert.Equal(ArticleSaveOutcome.Saved, result.Outcome);
        }

        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        Assert.Equal("Việc của tôi", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("2", await page.Locator(".admin-header .my-work-count").InnerTextAsync());
        Assert.Contains("1 việc đang chờ, 1 thông báo chưa đọc", await page.Locator(".admin-header .my-work-link").TextContentAsync(), StringComparison.Ordinal);
        var returned = await page.Locator("section.returned").InnerTextAsync();
        Assert.Contains("Chợ nổi Cái Răng mùa nước", returned, StringComparison.Ordinal);
        Assert.Contains("Lý do: Cần thêm ảnh chợ lúc bình minh.", returned, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("my-work-returned.png"), FullPage = true });

        await page.Locator("section.unread li button", new() { HasTextString = "Đánh dấu đã đọc" }).First.ClickAsync();
        await page.WaitForSelectorAsync("p.flash");
        Assert.Equal("1", await page.Locator(".admin-header .my-work-count").InnerTextAsync());
        Assert.Equal("Không có thông báo mới.", await page.Locator("section.unread p").InnerTextAsync());

        await page.ClickAsync($"section.returned a[href='/admin/bai-viet/{id}']");
        await page.WaitForURLAsync($"**/admin/bai-viet/{id}");
    }
}
