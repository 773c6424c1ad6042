using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Articles;

/// <summary>
/// Issue 10's "Done when", end to end in real Chromium with the rich-text editor and the form's photo endpoints
/// together: a reporter writes with bold, a heading, a list and a link, pastes from Word, drops a photo into the middle
/// of the text and captions it in place, all in one visit of the new-article form; "Lưu và gửi duyệt"; a publisher
/// publishes; the public page has the same structure with the figure, its caption, credit and alt text, in place.
/// </summary>
public sealed class EditorPhotoFlowTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-anh-trong-bai-2024";

    private const string WordFragment = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
        <style>p.MsoNormal { font-family: Calibri; }</style></head><body lang=VI>
        <!--StartFragment-->
        <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-size:13.0pt;font-family:"Times New Roman";color:#1F3864'>Năm nay toàn tỉnh trồng mới <b>850 ha</b> chè.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <!--EndFragment-->
        </body></html>
        """;

    private readonly PortalBrowserFixture _fixture;

    /// <summary>Creates the test class over the shared portal and browser.</summary>
    /// <param name="fixture">The Kestrel portal and Chromium.</param>
    public EditorPhotoFlowTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Reporter_WritesPastesDropsACaptionedPhotoMidText_OneVisit_PublishedPageHasTheSameStructure()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        var publisher = await _fixture.CreateUserAsync(NewsroomRoles.Publisher, Password);
        var title = "Đồi chè Tân Trào vào vụ " + Guid.NewGuid().ToString("N")[..4];
        const string caption = "Người dân hái chè trên đồi Tân Trào";
        const string credit = "Minh Anh";
        const string alt = "Hai người đội nón lá đứng giữa hàng chè xanh";
        int id;

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(reporter, Password);
            await page.GotoAsync("/admin/bai-viet/tao-moi");
            await page.FillAsync("#Title", title);
            var editor = page.Locator(".rich-content");
            await editor.ClickAsync();
            await page.Keyboard.TypeAsync("Sáng nay nông dân ");
            await page.Keyboard.PressAsync("Control+b");
            await page.Keyboard.TypeAsync("bắt đầu hái");
            await page.Keyboard.PressAsync("Control+b");
            await page.Keyboard.TypeAsync(" lứa chè đầu tiên.");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tiêu đề phụ", Exact = true }).ClickAsync();
            await page.Keyboard.TypeAsync("Giá chè tăng");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Button, new() { Name = "Danh sách", Exact = true }).ClickAsync();
            await page.Keyboard.TypeAsync("Chè búp tươi");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Chè khô");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Chi tiết tại ");
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync("https://snn.tuyenquang.gov.vn/gia-che");
            await page.Keyboard.PressAsync("Control+k");
            await page.Keyboard.PressAsync("Enter");
            await page.PasteHtmlAsync(WordFragment);

            // Drop a photo (a file from the computer) between the first paragraph and the heading.
            await DropPhotoOnAsync(page, ".rich-content > p");
            var figure = editor.Locator("figure.pm-figure");
            await Expect(figure.Locator("img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/"), new() { Timeout = 20_000 });
            await figure.GetByLabel("Chú thích ảnh").FillAsync(caption);
            await figure.GetByLabel("Tác giả ảnh").FillAsync(credit);
            await figure.GetByLabel("Mô tả ảnh cho người không nhìn thấy (alt)").FillAsync(alt);
            await figure.GetByLabel("Chú thích ảnh").FocusAsync(); // the alt field's change event sends it to the server

            // The photo made the draft: the form is now the edit form, without a reload.
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/bai-viet/\d+$"));
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Sửa bài viết");
            id = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
            var markdown = await page.InputValueAsync("#BodyMarkdown");
            var photoAt = markdown.IndexOf("^^^\n![](figure:", StringComparison.Ordinal);
            Assert.True(photoAt > markdown.IndexOf("lứa chè đầu tiên.", StringComparison.Ordinal) && photoAt < markdown.IndexOf("## Giá chè tăng", StringComparison.Ordinal), markdown);
            Assert.Contains($"^^^ {caption} *Ảnh: {credit}*", markdown, StringComparison.Ordinal);

            await page.ClickAsync("#article-form .form-actions button.primary");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã lưu");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Đã gửi duyệt");
        }

        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var article = await db.Articles.AsNoTracking().Include(a => a.Figures).SingleAsync(a => a.Id == id);
            Assert.Equal(1, await db.Articles.CountAsync(a => a.Title == title));
            Assert.Equal(ArticleStatus.Submitted, article.Status);
            var photo = Assert.Single(article.Figures);
            Assert.Equal(alt, photo.AltText);
            Assert.NotNull(photo.ImagePath);
        }

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.SignInAsync(publisher, Password);
            await page.GotoAsync($"/admin/bai-viet/{id}");
            await page.ClickAsync(".workflow-xuat-ban button");
            await Expect(page.Locator(".flash")).ToContainTextAsync("xuất bản");
        }

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.ClickAsync($"text={title}");
            await page.WaitForURLAsync("**/tin-tuc/**");
            var body = page.Locator(".article-body");
            await Expect(body.Locator("p > strong", new() { HasTextString = "bắt đầu hái" })).ToHaveCountAsync(1);
            await Expect(body.Locator("h2", new() { HasTextString = "Giá chè tăng" })).ToHaveCountAsync(1);
            await Expect(body.Locator("ul > li")).ToHaveTextAsync(["Chè búp tươi", "Chè khô"]);
            await Expect(body.Locator("a[href='https://snn.tuyenquang.gov.vn/gia-che']")).ToHaveCountAsync(1);
            await Expect(body.Locator("strong", new() { HasTextString = "850 ha" })).ToHaveCountAsync(1);
            await Expect(body.Locator("[style], font, span")).ToHaveCountAsync(0);
            var figure = body.Locator("figure");
            await Expect(figure).ToHaveCountAsync(1);
            await Expect(figure.Locator("figcaption")).ToContainTextAsync(caption);
            await Expect(figure.Locator("figcaption")).ToContainTextAsync("Ảnh: " + credit);
            await Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", alt);
            // In place: the figure follows the first paragraph and comes before the heading.
            var order = await body.EvaluateAsync<string[]>("b => Array.from(b.children).map(c => c.tagName)");
            Assert.Equal(["P", "FIGURE", "H2", "UL"], order[..4]);
        }
    }

    [Fact]
    public async Task PhotoDroppedWhileTheUploadIsSlow_TextTypedMeanwhile_ThePhotoLandsWhereItWasDropped()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", "Ảnh tải chậm " + Guid.NewGuid().ToString("N")[..4]);
        var editor = page.Locator(".rich-content");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Đoạn đầu.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Đoạn sau.");
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/anh-trong-bai", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await DropPhotoOnAsync(page, ".rich-content > p");
        // While the photo uploads, the person goes on writing at the start of the article.
        await editor.Locator("p").First.ClickAsync(new() { Position = new() { X = 1, Y = 5 } });
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.TypeAsync("Thêm chữ ở đầu bài, dài hơn cả đoạn sau. ");
        release.SetResult();

        await Expect(editor.Locator("figure.pm-figure img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/"), new() { Timeout = 20_000 });
        var markdown = await page.InputValueAsync("#BodyMarkdown");
        Assert.Matches(@"^Thêm chữ ở đầu bài, dài hơn cả đoạn sau\. Đoạn đầu\.\n\n\^\^\^\n!\[\]\(figure:1\)\n\^\^\^\n\nĐoạn sau\.", markdown);
    }

    [Fact]
    public async Task PhotoDroppedOnAListItem_GoesAfterTheList_NotIntoIt()
    {
        var reporter = await _fixture.CreateUserAsync(NewsroomRoles.Reporter, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(reporter, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", "Ảnh thả vào danh sách " + Guid.NewGuid().ToString("N")[..4]);
        var editor = page.Locator(".rich-content");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Mở đầu.");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Danh sách", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("Mục một");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Mục hai");

        await DropPhotoOnAsync(page, ".rich-content li p");

        await Expect(editor.Locator("figure.pm-figure img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/"), new() { Timeout = 20_000 });
        Assert.Equal("Mở đầu.\n\n- Mục một\n- Mục hai\n\n^^^\n![](figure:1)\n^^^", (await page.InputValueAsync("#BodyMarkdown")).TrimEnd());
    }

    // Drops a JPEG drawn on a canvas onto the end of the first element matching the selector, as a file dragged from
    // the desktop arrives.
    private static async Task DropPhotoOnAsync(IPage page, string selector) =>
        await page.EvaluateAsync("""
            async selector => {
                const canvas = document.createElement('canvas');
                canvas.width = 1200; canvas.height = 800;
                const ctx = canvas.getContext('2d');
                ctx.fillStyle = '#2a6'; ctx.fillRect(0, 0, 1200, 800);
                ctx.fillStyle = '#cd4'; ctx.fillRect(200, 200, 500, 300);
                const blob = await new Promise(done => canvas.toBlob(done, 'image/jpeg', 0.9));
                const file = new File([blob], 'doi-che.jpg', { type: 'image/jpeg' });
                const data = new DataTransfer();
                data.items.add(file);
                const first = document.querySelector(selector);
                const box = first.getBoundingClientRect();
                const at = { clientX: box.right - 2, clientY: box.top + box.height / 2, dataTransfer: data, bubbles: true, cancelable: true };
                first.dispatchEvent(new DragEvent('dragover', at));
                first.dispatchEvent(new DragEvent('drop', at));
            }
            """, selector);
}
