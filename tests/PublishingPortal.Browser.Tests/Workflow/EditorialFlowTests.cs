using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The newsroom's whole path in a real browser: a reporter writes a draft with a Markdown figure and
/// caption, an editor submits it, a publisher publishes it, and a reader sees it on the public page.
/// </summary>
public sealed class EditorialFlowTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";
    private readonly PortalBrowserFixture _fixture;

    public EditorialFlowTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task ReporterEditorPublisher_DraftToPublished_ReaderSeesFigureWithCaption()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var editor = await _fixture.CreateUserAsync(NewsroomRoles.Editor, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        var title = "Khánh thành trường học mới ở bản Nà Hang " + Guid.NewGuid().ToString("N")[..4];
        const string caption = "Học sinh vui mừng trong ngày khai giảng";

        // The reporter writes the draft, with a figure written in Markdown and a live preview.
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(reporter, Password);
            await page.GotoAsync("/admin/bai-viet/tao-moi");
            await page.FillAsync("#Title", title);
            await page.FillAsync("#Lead", "Ngôi trường mới có tám phòng học kiên cố.");
            await page.ShowMarkdownAsync();
            await page.FillAsync("#BodyMarkdown", $"Sáng nay, bản Nà Hang khánh thành trường học mới.\n\n^^^\n![Toà nhà hai tầng màu vàng](/img/photo-missing.svg)\n^^^ {caption}\n\nTrường đón 120 học sinh.");
            await page.WaitForSelectorAsync($"[data-preview-target] figcaption:has-text('{caption}')");
            await page.ClickAsync("#article-form button[type=submit]:not([name=preview])");
            await page.WaitForSelectorAsync(".flash");

            // A reporter cannot publish.
            Assert.Equal(0, await page.Locator(".workflow-xuat-ban").CountAsync());
        }

        var editUrl = await FindEditUrlAsync(title, editor);

        // The publisher approves and publishes (reporter and editor cannot).
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(publisher, Password);
            await page.GotoAsync(editUrl);
            await page.ClickAsync(".workflow-xuat-ban button");
            await page.WaitForSelectorAsync(".flash");
        }

        // A reader finds it on the home page and sees the figure with its caption.
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.ClickAsync($"text={title}");
            await page.WaitForURLAsync("**/tin-tuc/**");
            Assert.Equal(title, (await page.TextContentAsync("h1.article-title"))!.Trim());
            var figure = page.Locator(".article-body figure");
            Assert.Equal(caption, (await figure.Locator("figcaption").TextContentAsync())!.Trim());
            Assert.Equal("Toà nhà hai tầng màu vàng", await figure.Locator("img").GetAttributeAsync("alt"));
        }
    }

    [Fact]
    public async Task Reporter_TypesThenPressesSaveAndSubmit_TheChangeIsInTheSubmittedVersion()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var title = "Bản tin gửi duyệt ngay sau khi sửa " + Guid.NewGuid().ToString("N")[..4];
        const string sentence = "Câu vừa gõ thêm vào sapo trước khi gửi duyệt.";
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", title);
        await page.ShowMarkdownAsync();
        await page.FillAsync("#BodyMarkdown", "Nội dung bài.");
        await page.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await page.WaitForSelectorAsync(".flash");
        var id = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        await page.FillAsync("#Lead", sentence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã gửi duyệt");

        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(ArticleStatus.Submitted, article.Status);
        Assert.Equal(sentence, article.Lead);
        var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).LastAsync();
        Assert.Equal(sentence, last.Lead);
        Assert.Equal("Sửa bài: sapo; Gửi duyệt", last.Summary);
    }

    [Fact]
    public async Task Reporter_TypesLosesTheSessionSignsInSaves_TheTextIsThere()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var title = "Bài viết khi phiên đăng nhập hết hạn " + Guid.NewGuid().ToString("N")[..4];
        const string body = "Đoạn văn gõ trong lúc phiên đăng nhập đã hết.";
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", title);
        await page.ShowMarkdownAsync();
        await page.FillAsync("#BodyMarkdown", body);

        // The sign-in ends (cookie expired or the browser dropped it); the antiforgery cookie stays.
        await context.ClearCookiesAsync(new() { Name = "pp-auth" });
        await page.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await page.WaitForURLAsync("**/dang-nhap**");
        await page.FillAsync("#Email", reporter.Email!);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/tao-moi?khoiphuc=**");
        await Expect(page.Locator(".kept-form")).ToContainTextAsync("được giữ lại");
        Assert.Equal(title, await page.InputValueAsync("#Title"));
        Assert.Equal(body, await page.InputValueAsync("#BodyMarkdown"));

        await page.ClickAsync("#article-form button[type=submit]:not([name=preview])");
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bài nháp");
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(body, await db.Articles.AsNoTracking().Where(a => a.Title == title).Select(a => a.BodyMarkdown).SingleAsync());
    }

    // The editor finds the draft, submits it for review, and passes the edit page's URL on to the publisher.
    private async Task<string> FindEditUrlAsync(string title, PortalUser editor)
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(editor, Password);
        await page.GotoAsync("/admin/bai-viet?trangthai=Draft");
        await page.ClickAsync($"text={title}");
        await page.WaitForSelectorAsync(".workflow-gui-duyet");
        var url = new Uri(page.Url).PathAndQuery;
        await page.ClickAsync(".workflow-gui-duyet button");
        await page.WaitForSelectorAsync(".flash");
        Assert.Equal(0, await page.Locator(".workflow-xuat-ban").CountAsync());
        return url;
    }
}
