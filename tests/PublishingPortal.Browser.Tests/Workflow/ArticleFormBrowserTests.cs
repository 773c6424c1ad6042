using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;

namespace PublishingPortal.Browser.Tests.Workflow;

/// <summary>
/// The article form in Chromium (issue 10): a never-saved article becomes a draft on its first autosave and the form
/// switches to editing it without a reload; a photo goes into the body through the contract's endpoint; the featured
/// photo is chosen on the form and reaches the public page; the browser's own copy is offered after a crash.
/// </summary>
public sealed partial class ArticleFormBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-bieu-mau-2024";
    private readonly PortalBrowserFixture _fixture;

    public ArticleFormBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task NewForm_TitleAndBody_OneDraftEvenWhenTriggersRace_UrlBecomesEditUrl_PhotoByFetch_SaveKeepsIt()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var title = "Bản nháp tự tạo khi gõ " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", title);
        await page.ShowMarkdownAsync();
        await page.FillAsync("#BodyMarkdown", "Đoạn mở đầu gõ trên trang bài mới.");

        // Two callers at once (the editor inserting a photo twice); the autosave's own timer fires a few seconds later.
        var ids = await page.EvaluateAsync<JsonElement>(
            "() => Promise.all([window.portalArticleForm.ensureSaved(), window.portalArticleForm.ensureSaved()])" +
            ".then(() => document.getElementById('article-form').getAttribute('data-article-id'))");
        await page.WaitForURLAsync(EditUrl(), new() { Timeout = 20_000 });
        var id = int.Parse(ids.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith($"/admin/bai-viet/{id}", page.Url, StringComparison.Ordinal);
        Assert.Equal($"/admin/bai-viet/{id}", await page.GetAttributeAsync("#article-form", "action"));
        Assert.Equal($"/admin/bai-viet/{id}/anh-trong-bai", await page.GetAttributeAsync("#article-form", "data-photo-upload"));

        await page.FillAsync("#Lead", "Sapo gõ sau khi bản nháp đã có.");
        await Expect(page.Locator(".autosave-status")).ToContainTextAsync("Đã tự lưu lúc", new() { Timeout = 20_000 });
        Assert.Equal(1, await CountAsync(title));

        var added = await page.EvaluateAsync<JsonElement>("""
            async () => {
                await window.portalArticleForm.ensureSaved();
                const form = document.getElementById('article-form');
                const canvas = document.createElement('canvas');
                canvas.width = 800; canvas.height = 500;
                const ctx = canvas.getContext('2d');
                ctx.fillStyle = '#3a7'; ctx.fillRect(0, 0, 800, 500);
                ctx.fillStyle = '#c33'; ctx.fillRect(100, 100, 300, 200);
                const blob = await new Promise(done => canvas.toBlob(done, 'image/jpeg', 0.9));
                const data = new FormData();
                data.append('file', blob, 'ruong-lua.jpg');
                const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
                const r = await fetch(form.getAttribute('data-photo-upload'), { method: 'POST', body: data, headers: { 'RequestVerificationToken': token } });
                return { status: r.status, body: await r.json() };
            }
            """);
        Assert.Equal(200, added.GetProperty("status").GetInt32());
        var order = added.GetProperty("body").GetProperty("order").GetInt32();
        Assert.Equal(1, order);

        var body = await page.InputValueAsync("#BodyMarkdown");
        await page.FillAsync("#BodyMarkdown", body + "\n\n" + ArticleBodyRenderer.FigureBlock(order, "Ruộng lúa chín vàng", null) + "\n\nĐoạn kết.");
        await page.ClickAsync("#article-form .form-actions button.primary");
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã lưu bài viết");

        Assert.Equal(1, await CountAsync(title));
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var article = await db.Articles.AsNoTracking().Include(a => a.Figures).SingleAsync(a => a.Id == id);
        Assert.Equal("Sapo gõ sau khi bản nháp đã có.", article.Lead);
        Assert.Contains("figure:1", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("Ruộng lúa chín vàng", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains(article.Figures.Single().ImagePath!, article.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeaturedPhoto_ChosenOnTheForm_ShowsOnThePublicPage()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        var title = "Bài có ảnh đại diện chọn ngay trên biểu mẫu " + Guid.NewGuid().ToString("N")[..6];
        const string alt = "Đồi chè xanh buổi sớm";
        const string caption = "Đồi chè Tân Cương mùa thu hoạch";
        string editUrl;
        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(reporter, Password);
            await page.GotoAsync("/admin/bai-viet/tao-moi");
            await page.FillAsync("#Title", title);
            await page.ShowMarkdownAsync();
            await page.FillAsync("#BodyMarkdown", "Nội dung bài về đồi chè.");
            await page.ClickAsync("[data-lead-choose]");
            try
            {
                await page.WaitForURLAsync(EditUrl(), new() { Timeout = 45_000 });
            }
            catch (TimeoutException e)
            {
                // Seen twice in full CI runs, never alone: say what the form showed, so the next failure has a cause.
                var shown = await page.EvaluateAsync<string>(
                    "() => ['[data-lead-error]', '.autosave-status', '[role=status]'].map(s => { const n = document.querySelector(s); return s + ': ' + (n ? n.textContent.trim() : '(none)'); }).join(' | ')");
                throw new TimeoutException($"The draft was not created: still at {page.Url}; {shown}", e);
            }

            editUrl = page.Url;
            await Expect(page.Locator("[data-lead-remove]")).ToBeHiddenAsync();

            // On a 390 px phone the open featured-photo panel keeps the page no wider than the screen.
            await page.SetViewportSizeAsync(390, 900);
            await Expect(page.Locator("[data-lead-panel]")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = TestArtifacts.ScreenshotPath("article-form-lead-photo-390.png"), FullPage = true });
            Assert.InRange(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
            Assert.InRange(await page.EvaluateAsync<double>("() => document.querySelector('[data-lead-section]').getBoundingClientRect().right"), 1, 390);
            await page.FillAsync("[data-lead-alt]", alt);
            await page.FillAsync("[data-lead-caption]", caption);
            await page.Locator("[data-lead-file]").SetInputFilesAsync(new FilePayload { Name = "doi-che.jpg", MimeType = "image/jpeg", Buffer = await JpegAsync(page) });
            await Expect(page.Locator("[data-lead-caption-text]")).ToHaveTextAsync(caption);
            Assert.Equal(alt, await page.GetAttributeAsync("[data-lead-img]", "alt"));
            await Expect(page.Locator("[data-lead-remove]")).ToBeVisibleAsync();

            // The form switched to the draft without a reload: "Lưu bài" saves at the version the lead photo left.
            await page.ClickAsync("#article-form .form-actions button.primary");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã lưu bài viết");
            Assert.Equal(caption, (await page.TextContentAsync("[data-lead-caption-text]"))!.Trim());
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã gửi duyệt");
        }

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(publisher, Password);
            await page.GotoAsync(editUrl);
            await page.ClickAsync(".workflow-xuat-ban button");
            await page.WaitForSelectorAsync(".flash");
        }

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.ClickAsync($"text={title}");
            await page.WaitForURLAsync("**/tin-tuc/**");
            var lead = page.Locator("figure.lead-photo");
            Assert.Equal(alt, await lead.Locator("img").GetAttributeAsync("alt"));
            Assert.Contains(caption, (await lead.Locator("figcaption").TextContentAsync())!, StringComparison.Ordinal);
            Assert.True(await lead.Locator("img").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))") > 0);
        }
    }

    [Fact]
    public async Task BrowserCopy_AfterACrash_Offered_KhoiPhucFillsTheForm_BoQuaDeletesIt()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        const string typed = "Đoạn gõ khi mất mạng rồi trình duyệt bị tắt.";
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);

        // New-article form, no title yet: only the browser holds the text. The tab is closed without warning.
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.ShowMarkdownAsync();
        await page.FillAsync("#BodyMarkdown", typed);
        await page.WaitForFunctionAsync("() => (localStorage.getItem('tuluu-bai-moi') || '').includes('mất mạng')");
        await page.CloseAsync();
        var again = await context.NewPageAsync();
        await again.GotoAsync("/admin/bai-viet/tao-moi");
        var offer = again.Locator(".browser-copy-offer");
        await Expect(offer).ToContainTextAsync(new Regex(@"Trình duyệt còn giữ bản chưa lưu lúc \d{2}:\d{2}"));
        await offer.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        Assert.Equal(typed, await again.InputValueAsync("#BodyMarkdown"));
        await Expect(offer).ToHaveCountAsync(0);

        // An article's edit form while offline: the autosave fails, the copy stays; reopened online, it is offered.
        await again.FillAsync("#Title", "Bài viết trong lúc mất mạng " + Guid.NewGuid().ToString("N")[..6]);
        await again.ClickAsync("#article-form .form-actions button.primary");
        await again.WaitForURLAsync(EditUrl(), new() { Timeout = 20_000 });
        await again.WaitForSelectorAsync(".flash");
        var editUrl = again.Url;
        Assert.Null(await again.EvaluateAsync<string?>("() => localStorage.getItem('tuluu-bai-moi')"));
        await context.SetOfflineAsync(true);
        await again.FillAsync("#Lead", "Sapo gõ khi mất mạng.");
        await again.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => /^tuluu-bai-\\d+$/.test(k) && localStorage.getItem(k).includes('Sapo gõ khi mất mạng'))");
        await again.CloseAsync();
        await context.SetOfflineAsync(false);
        var third = await context.NewPageAsync();
        await third.GotoAsync(editUrl);
        Assert.Equal("", await third.InputValueAsync("#Lead"));
        var edited = third.Locator(".browser-copy-offer");
        await Expect(edited).ToBeVisibleAsync();
        await edited.GetByRole(AriaRole.Button, new() { Name = "Bỏ qua" }).ClickAsync();
        await Expect(edited).ToHaveCountAsync(0);
        Assert.Equal("", await third.InputValueAsync("#Lead"));
        await third.ReloadAsync();
        await Expect(third.Locator("#article-form")).ToBeVisibleAsync();
        Assert.Equal(0, await third.Locator(".browser-copy-offer").CountAsync());
    }

    [GeneratedRegex(@"/admin/bai-viet/\d+$")]
    private static partial Regex EditUrl();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    // A photo drawn by the page itself: nothing to ship with the tests.
    private static async Task<byte[]> JpegAsync(IPage page)
    {
        var base64 = await page.EvaluateAsync<string>("""
            () => {
                const canvas = document.createElement('canvas');
                canvas.width = 1200; canvas.height = 800;
                const ctx = canvas.getContext('2d');
                const gradient = ctx.createLinearGradient(0, 0, 1200, 800);
                gradient.addColorStop(0, '#2a6'); gradient.addColorStop(1, '#cd4');
                ctx.fillStyle = gradient; ctx.fillRect(0, 0, 1200, 800);
                return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
            }
            """);
        return Convert.FromBase64String(base64);
    }

    private async Task<int> CountAsync(string title)
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Articles.CountAsync(a => a.Title == title);
    }
}
