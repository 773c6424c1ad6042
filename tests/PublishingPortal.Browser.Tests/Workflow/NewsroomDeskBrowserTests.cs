using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// Issue 11 end to end in Chromium, with a real SMTP server on 127.0.0.1: the administrator creates a section and a
/// site page with an English version, readers find both; a reporter limited to that section writes, the editor edits
/// and passes it on, the publisher publishes; each finds the article in "Việc của tôi" when it waits for them, and the
/// e-mails arrive.
/// </summary>
public sealed class NewsroomDeskBrowserTests : IClassFixture<SmtpBrowserFixture>
{
    private const string Password = "mat-khau-toa-soan-2024";

    private readonly SmtpBrowserFixture _fixture;

    public NewsroomDeskBrowserTests(SmtpBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task SectionAndPage_ThenReporterEditorPublisher_EachSeesItsTurn_MailArrives()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var section = "Nông thôn mới " + tag;
        var pageTitle = "Đường dây nóng " + tag;
        var englishTitle = "Hotline " + tag;
        var title = "Xã Tân Lập về đích nông thôn mới " + tag;
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var editor = await _fixture.CreateUserAsync(NewsroomRoles.Editor, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);

        // The administrator: a section in the menu, a footer page with its English version, the reporter limited to the section.
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(admin, Password);
            await page.GotoAsync("/admin/chuyen-muc");
            await page.ClickAsync("text=Thêm chuyên mục");
            await page.FillAsync("#Name", section);
            await page.ClickAsync("form.category-form button[type=submit]");
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Đã tạo chuyên mục \"{section}\".");

            await page.GotoAsync("/admin/trang/tao-moi");
            await page.FillAsync("#Title", pageTitle);
            await page.Locator("#site-page-form .rich-content").ClickAsync();
            await page.Keyboard.TypeAsync("Gọi đường dây nóng để phản ánh.");
            await page.ClickAsync("#site-page-form button[type=submit]");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo trang");
            await page.ClickAsync("text=Tạo bản tiếng Anh");
            await page.FillAsync("#Title", englishTitle);
            await page.Locator("#site-page-form .rich-content").ClickAsync();
            await page.Keyboard.TypeAsync("Call the hotline.");
            await page.ClickAsync("#site-page-form button[type=submit]");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bản tiếng Anh");

            await page.GotoAsync("/admin/tai-khoan/" + reporter.Id);
            await page.Locator("#WriteSections label.section-choice", new() { HasTextString = section }).Locator("input").CheckAsync();
            await page.ClickAsync("main form button[type=submit]:has-text('Lưu')");
            await Expect(page.Locator("#WriteSections .section-right-current")).ToContainTextAsync(section);
        }

        // A reader finds the section in the menu and the page in the footer, and the page's English version.
        await using (var context = await _fixture.NewContextAsync(javaScriptEnabled: false))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            Assert.Equal(1, await page.Locator(".site-header .section-menu a", new() { HasTextString = section }).CountAsync());
            await page.ClickAsync($".site-footer .footer-links a:text-is('{pageTitle}')");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(pageTitle);
            await page.ClickAsync(".language-switch a");
            await Expect(page.Locator("main h1")).ToHaveTextAsync(englishTitle);
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        }

        // The reporter writes in the section (the only one offered) and sends it to the desk.
        int id;
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(reporter, Password);
            await page.GotoAsync("/admin/bai-viet/tao-moi");
            var offered = await page.Locator("#CategoryId option").AllInnerTextsAsync();
            Assert.Contains(offered, o => o.Contains(section, StringComparison.Ordinal));
            Assert.DoesNotContain(offered, o => o.Contains("Thời sự", StringComparison.Ordinal));
            await page.FillAsync("#Title", title);
            await page.FillAsync("#Lead", "Sau năm năm, xã Tân Lập đạt đủ 19 tiêu chí.");
            await page.SelectOptionAsync("#CategoryId", new SelectOptionValue { Label = section });
            await page.ShowMarkdownAsync();
            await page.FillAsync("#BodyMarkdown", "Đường bê tông đã về đến từng thôn.");
            await page.ClickAsync("#article-form button[type=submit]:not([name])");
            await Expect(page.Locator(".flash")).ToBeVisibleAsync();
            id = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã gửi duyệt");
            Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));
        }

        var toEditor = await _fixture.Smtp.WaitForAsync(editor.Email!, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal));
        Assert.StartsWith("Bài chờ biên tập: ", toEditor.Subject, StringComparison.Ordinal);
        Assert.Contains($"/admin/bai-viet/{id}", toEditor.TextBody ?? "", StringComparison.Ordinal);

        // The editor finds it waiting, corrects the lead and passes it on to the publishers.
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(editor, Password);
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Việc của tôi");
            var waiting = page.Locator("section.waiting .waiting-list");
            await Expect(waiting).ToContainTextAsync(title);
            await Expect(waiting).ToContainTextAsync("Chờ biên tập");
            await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("my-work-editor-1280.png"), FullPage = true });
            await page.SetViewportSizeAsync(390, 844);
            await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("my-work-editor-390.png"), FullPage = true });
            await page.SetViewportSizeAsync(1280, 900);
            await waiting.Locator("a", new() { HasTextString = title }).ClickAsync();
            await page.FillAsync("#Lead", "Sau năm năm, xã Tân Lập đã đạt đủ 19 tiêu chí nông thôn mới.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và chuyển duyệt" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToBeVisibleAsync();
            Assert.Equal(ArticleStatus.InReview, await StatusAsync(id));
            await page.GotoAsync("/admin");
            await Expect(page.Locator("section.waiting")).Not.ToContainTextAsync(title);
        }

        var toPublisher = await _fixture.Smtp.WaitForAsync(publisher.Email!, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal));
        Assert.StartsWith("Bài chờ duyệt: ", toPublisher.Subject, StringComparison.Ordinal);

        // The publisher finds it waiting and publishes it now.
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(publisher, Password);
            var waiting = page.Locator("section.waiting .waiting-list");
            await Expect(waiting).ToContainTextAsync(title);
            await Expect(waiting).ToContainTextAsync("Chờ duyệt");
            await waiting.Locator("a", new() { HasTextString = title }).ClickAsync();
            Assert.True(await page.IsCheckedAsync("input[name=PublishMode][value=ngay]") || await page.Locator("input[name=PublishMode]").CountAsync() == 0);
            await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("publisher-form-1280.png"), FullPage = true });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và xuất bản ngay" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã xuất bản");
            Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        }

        // The reporter is told, in the admin and by e-mail; readers find it in the section.
        var toReporter = await _fixture.Smtp.WaitForAsync(reporter.Email!, m => (m.Subject ?? "").StartsWith("Bài đã xuất bản: ", StringComparison.Ordinal));
        Assert.Contains(title, toReporter.Subject, StringComparison.Ordinal);
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(reporter, Password);
            await Expect(page.Locator("section.unread")).ToContainTextAsync(title);
            Assert.NotEqual("0", await page.Locator(".admin-header .my-work-count").InnerTextAsync());
            var reader = await context.NewPageAsync();
            await reader.GotoAsync("/");
            await reader.Locator(".site-header .section-menu a", new() { HasTextString = section }).First.DispatchEventAsync("click");
            await Expect(reader.Locator("main")).ToContainTextAsync(title);
        }
    }

    private async Task<ArticleStatus> StatusAsync(int id)
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }
}
