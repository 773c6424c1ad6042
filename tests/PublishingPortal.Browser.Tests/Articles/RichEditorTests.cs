using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Web.Importing;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Articles;

/// <summary>
/// The article form's rich-text editor (issue 10, decision 013) in real Chromium: it reads and writes the stored
/// Markdown exactly, its own serialisation renders as the original does on the server, an edit touches only its
/// paragraph, toolbar and Word paste make the structure the public page shows, and without JavaScript the
/// textarea still saves.
/// </summary>
public sealed class RichEditorTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-soan-thao-2024";

    /// <summary>Every construct the renderer's pipeline reads (CommonMark, pipe tables, figures, autolinks, emphasis extras).</summary>
    internal const string EveryConstruct = """
        ## Tiêu đề phụ cấp hai

        Đoạn có **đậm**, *nghiêng*, ***cả hai***, _nghiêng gạch dưới_, __đậm gạch dưới__, `mã nguồn`, [liên kết](https://example.vn/a?b=1 "tiêu đề") và <https://baotuyenquang.vn/tin>.
        Dòng tiếp theo của cùng đoạn (xuống dòng mềm).

        Tự động liên kết: https://www.tuyenquang.gov.vn/tin-tuc?id=12 và www.example.vn, thư mailto:toasoan@example.vn.

        Ký tự thoát: \*không nghiêng\*, \_gạch\_, 5 \* 3 = 15, \# không phải tiêu đề, a\\b, \[ngoặc\], 1\. không phải danh sách, dấu \| đứng, dấu & và &amp; thực thể.

        ### Tiêu đề cấp ba

        #### Cấp bốn có *nghiêng*

        Ngắt dòng cứng bằng hai dấu cách  
        và bằng gạch chéo\
        ở đây.

        - Mục một
        - Mục hai có **đậm** và [liên kết](https://example.vn)
          - Mục con
          - Mục con hai
        - Mục ba

        1. Thứ nhất
        2. Thứ hai
           1. Lồng số
        3. Thứ ba

        3. Bắt đầu từ ba
        4. Bốn

        * Danh sách lỏng

        * Có dòng trống giữa các mục

        > Trích dẫn một đoạn
        > tiếp tục trên dòng sau.
        >
        > Đoạn hai trong trích dẫn có **đậm**.

        ```js
        var x = 1; // *không* định dạng
        ```

            khối mã thụt lề
            dòng hai

        ---

        * * *

        | Cột A | Cột B |
        |-------|------:|
        | 1     | hai   |
        | *ba*  | bốn   |

        ^^^
        ![](figure:1)
        ^^^ Chú thích có dấu \* và \[ngoặc\], 5\+\+ \=\= *Ảnh: Nguyễn Văn A*

        ^^^
        ![](figure:2)
        ^^^

        ^^^
        ![](figure:3)
        ^^^ Chỉ có chú thích

        ^^^
        ![Mô tả cũ](figure:4)
        ^^^ *Ảnh: Chỉ có tác giả*

        Chữ H~2~O, x^2^, ==đánh dấu==, ++chèn++ và ~~gạch bỏ~~.

        Ảnh trong dòng ![ảnh nhỏ](https://example.vn/a.jpg) và [tham chiếu][ref].

        [ref]: https://example.vn/tham-chieu

        <div>HTML hiện thành chữ</div>

        # Tiêu đề cấp một

        Đoạn cuối cùng.

        """;

    private readonly PortalBrowserFixture _fixture;

    public RichEditorTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task EveryDemoImportedAndFixtureArticle_OpensAndSerialisesExactly_FreshSerialisationRendersTheSame()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            foreach (var file in Directory.EnumerateFiles(SharedFolder("legacy-articles"), "*.txt"))
            {
                await importer.ImportAsync(await File.ReadAllTextAsync(file, Encoding.UTF8));
            }
        }

        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo bài từ tệp Word" }).ClickAsync();
        await page.Locator("#tep").SetInputFilesAsync(Path.Combine(SharedFolder("word"), "bai-viet-mau.docx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bài nháp" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bài nháp từ tệp");
        var fixtureId = await CreateArticleAsync(page, "Bài mẫu đủ mọi cú pháp", EveryConstruct);

        List<(int Id, string Body)> articles;
        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            articles = (await db.Articles.AsNoTracking().Where(a => a.Status != ArticleStatus.Trashed)
                .Select(a => new { a.Id, a.BodyMarkdown }).ToListAsync()).Select(a => (a.Id, a.BodyMarkdown)).ToList();
        }

        Assert.True(articles.Count >= 7, $"demo (4), legacy, Word and fixture articles expected, found {articles.Count}");
        Assert.Contains(articles, a => a.Id == fixtureId && a.Body == EveryConstruct);
        foreach (var (id, body) in articles)
        {
            await OpenEditorAsync(page, id);
            Assert.Equal(body, await page.EvaluateAsync<string>("() => window.portalArticleEditor.markdown()"));
            Assert.Equal(body, await page.InputValueAsync("#BodyMarkdown"));
            var fresh = await page.EvaluateAsync<string>("() => window.portalArticleEditor.freshMarkdown()");
            Assert.Equal(await PreviewAsync(page, body, id), await PreviewAsync(page, fresh, id));
        }

        // Saving the fixture article untouched changes nothing: same body, and the server's own comparison of the
        // saved fields with the stored ones finds no change.
        await OpenEditorAsync(page, fixtureId);
        await page.ClickAsync("#article-form button[type=submit]:not([name])");
        await page.WaitForSelectorAsync(".flash");
        await using (var scope = _fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(EveryConstruct, await db.Articles.AsNoTracking().Where(a => a.Id == fixtureId).Select(a => a.BodyMarkdown).SingleAsync());
            var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == fixtureId).OrderBy(r => r.Number).LastAsync();
            Assert.Equal("Lưu bài (không thay đổi)", last.Summary);
        }

        // What the editor shows for each block: rich nodes for what it can edit, Markdown kept as text only for the
        // Markdig's emphasis extras and the h1 the sanitiser drops (a round trip through nothing but opaque
        // blocks would be exact too, and useless).
        Assert.Equal(
            [
                "heading", "paragraph", "paragraph", "paragraph", "heading", "heading", "paragraph", "bullet_list", "ordered_list",
                "bullet_list", "blockquote", "code_block", "code_block", "horizontal_rule", "horizontal_rule", "table",
                "figure", "figure", "figure", "figure", "markdown_block", "paragraph", "paragraph", "markdown_block", "paragraph",
            ],
            await page.EvaluateAsync<string[]>("t => window.portalArticleEditor.blockTypes(t)", EveryConstruct));

        // Each construct alone, and a few edge texts: exact round trip and the same rendering when serialised afresh.
        var pieces = EveryConstruct.Split("\n\n").Append("").Append("\n\n").Append("Một dòng không xuống dòng cuối")
            .Append("  \n\nĐoạn sau dòng trống đầu\n\n\n\nvà nhiều dòng trống\n\n\n").ToList();
        foreach (var piece in pieces)
        {
            Assert.Equal(piece, await page.EvaluateAsync<string>("t => window.portalArticleEditor.roundTrip(t)", piece));
            var fresh = await page.EvaluateAsync<string>("t => window.portalArticleEditor.freshRoundTrip(t)", piece);
            Assert.Equal(await PreviewAsync(page, piece, null), await PreviewAsync(page, fresh, null));
        }
    }

    [Fact]
    public async Task EditingOneParagraphOfALongArticle_ChangesOnlyThatParagraph()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        var id = await CreateArticleAsync(page, "Bài dài sửa một đoạn", EveryConstruct);
        await OpenEditorAsync(page, id);

        var paragraph = page.Locator(".rich-content > p", new() { HasTextString = "Ngắt dòng cứng" });
        await paragraph.ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" thêm chữ");
        var edited = await page.InputValueAsync("#BodyMarkdown");

        var before = EveryConstruct.Split("\n\n");
        var after = edited.Split("\n\n");
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal(new[] { Array.FindIndex(before, b => b.StartsWith("Ngắt dòng cứng", StringComparison.Ordinal)) }, changed);
        Assert.Contains("thêm chữ", after[changed[0]], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteWithToolbarAndKeys_PasteWordFragment_Save_PreviewShowsTheStructure()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", "Bài viết bằng trình soạn thảo " + Guid.NewGuid().ToString("N")[..4]);
        var editor = page.Locator(".rich-content");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Mở đầu ");
        await page.Keyboard.PressAsync("Control+b");
        await page.Keyboard.TypeAsync("chữ đậm");
        await page.Keyboard.PressAsync("Control+b");
        await page.Keyboard.TypeAsync(" rồi thường.");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiêu đề phụ", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("Tiêu đề giữa bài");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tiêu đề phụ", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Danh sách", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("Mục một");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Mục hai");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Xem ");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync("https://baotuyenquang.vn/bai");
        await page.Keyboard.PressAsync("Control+k");
        await page.Keyboard.TypeAsync(" để biết thêm.");
        await page.Keyboard.PressAsync("Enter");

        // Paste what Word puts on the clipboard.
        await page.PasteHtmlAsync(WordFragment);

        var markdown = await page.InputValueAsync("#BodyMarkdown");
        Assert.Contains("Mở đầu **chữ đậm** rồi thường.", markdown, StringComparison.Ordinal);
        Assert.Contains("## Tiêu đề giữa bài", markdown, StringComparison.Ordinal);
        Assert.Contains("- Mục một\n- Mục hai", markdown, StringComparison.Ordinal);
        Assert.Contains("[https://baotuyenquang.vn/bai](https://baotuyenquang.vn/bai)", markdown.Replace("<https://baotuyenquang.vn/bai>", "[https://baotuyenquang.vn/bai](https://baotuyenquang.vn/bai)", StringComparison.Ordinal), StringComparison.Ordinal);
        // From Word: heading, bold, italic, link, real lists; no styles, fonts, colours, o:p or empty paragraphs.
        Assert.Contains("## Kết quả vụ chè năm nay", markdown, StringComparison.Ordinal);
        Assert.Contains("**Sản lượng**", markdown, StringComparison.Ordinal);
        Assert.Contains("*tăng 12%*", markdown, StringComparison.Ordinal);
        Assert.Contains("[Sở Nông nghiệp](https://snn.tuyenquang.gov.vn/)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Chè xanh\n- Chè đen", markdown, StringComparison.Ordinal);
        Assert.Contains("1. Hái đúng lứa\n2. Sao ngay trong ngày", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Loại chè** | **Sản lượng** |\n|---|---|\n| Chè xanh | 1.200 tấn (tăng) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("·", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("mso", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Calibri", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);

        await page.ClickAsync("#article-form button[type=submit]:not([name])");
        // Typing takes longer than the autosave's delay on a busy machine: the draft may already exist ("Lưu bài").
        await Expect(page.Locator(".flash")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Đã tạo bài nháp|Đã lưu bài viết"));
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/xem-truoc");
        var body = page.Locator(".article-body");
        await Expect(body.Locator("strong", new() { HasTextString = "chữ đậm" })).ToHaveCountAsync(1);
        await Expect(body.Locator("h2", new() { HasTextString = "Tiêu đề giữa bài" })).ToHaveCountAsync(1);
        await Expect(body.Locator("ul > li")).ToHaveCountAsync(4);
        await Expect(body.Locator("a[href='https://baotuyenquang.vn/bai']")).ToHaveCountAsync(1);
        await Expect(body.Locator("h2", new() { HasTextString = "Kết quả vụ chè năm nay" })).ToHaveCountAsync(1);
        await Expect(body.Locator("ol > li")).ToHaveCountAsync(2);
        await Expect(body.Locator("em", new() { HasTextString = "tăng 12%" })).ToHaveCountAsync(1);
        await Expect(body.Locator("table td", new() { HasTextString = "1.200 tấn (tăng)" })).ToHaveCountAsync(1);
        await Expect(body.Locator("[style], font, span")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PasteAWordPressPostsHtml_KeepsStructure_DropsScriptAndRemoteImageWithANotice()
    {
        // The classic-editor post of the real WordPress export (shared/fixtures/wordpress): bold, italic, a link, a
        // heading, a list, a quote, a table, a remote image and a <script>.
        var export = XDocument.Load(Path.Combine(SharedFolder("wordpress"), "export.xml"));
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var html = export.Descendants("item")
            .Where(i => (string?)i.Element("title") == "Khánh thành cầu Đông Điền nối đôi bờ sông Lô")
            .Select(i => (string)i.Element(content + "encoded")!).First();
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.ClickAsync(".rich-content");
        await page.PasteHtmlAsync(html);

        var markdown = await page.InputValueAsync("#BodyMarkdown");
        Assert.Contains("**420 m**", markdown, StringComparison.Ordinal);
        Assert.Contains("*12 m*", markdown, StringComparison.Ordinal);
        Assert.Contains("[24 tháng](https://example.gov.vn/du-an)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Kỳ vọng của người dân", markdown, StringComparison.Ordinal);
        Assert.Contains("- thời gian đi lại giảm còn mười phút;\n- hàng nông sản đến chợ nhanh hơn.", markdown, StringComparison.Ordinal);
        Assert.Contains("> Cây cầu là mơ ước của bà con suốt nhiều năm.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("wp-content", markdown, StringComparison.Ordinal);
        await Expect(page.Locator(".rich-notice")).ToContainTextAsync("Đã bỏ 1 ảnh dán từ trang web khác");
    }

    [Fact]
    public async Task MarkdownToggle_ShowsTheTextarea_WhatIsTypedThereIsReadBack()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await Expect(page.Locator("#BodyMarkdown")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem Markdown" }).ClickAsync();
        await page.FillAsync("#BodyMarkdown", "## Từ Markdown\n\nĐoạn **đậm**.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trở lại trình soạn thảo" }).ClickAsync();
        await Expect(page.Locator(".rich-content h2")).ToHaveTextAsync("Từ Markdown");
        await Expect(page.Locator(".rich-content strong")).ToHaveTextAsync("đậm");
        Assert.Equal("## Từ Markdown\n\nĐoạn **đậm**.", await page.InputValueAsync("#BodyMarkdown"));
    }

    [Fact]
    public async Task TypedText_IsEscaped_ButABareUrlStaysWholeForTheServersAutolinker()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.ClickAsync(".rich-content");
        await page.Keyboard.TypeAsync("Xem https://a.vn/?a=1&b=2 và _x_ nhé, (www.b.vn/a_b_c) *sao* [ngoặc] # 1. 5 < 6 & H~2~O");
        var markdown = await page.InputValueAsync("#BodyMarkdown");
        var html = await PreviewAsync(page, markdown, null);
        Assert.Contains("<a href=\"https://a.vn/?a=1&amp;b=2\">https://a.vn/?a=1&amp;b=2</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://www.b.vn/a_b_c\">www.b.vn/a_b_c</a>", html, StringComparison.Ordinal);
        Assert.Contains("và _x_ nhé, (", html, StringComparison.Ordinal);
        Assert.Contains(") *sao* [ngoặc] # 1. 5 &lt; 6 &amp; H~2~O</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_InsertedTypedWithTabAndARowAdded_RendersAsATableOnTheServer()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.ClickAsync(".rich-content");
        await page.Keyboard.TypeAsync("Bảng giá:");
        await page.Keyboard.PressAsync("Enter");
        var addRow = page.GetByRole(AriaRole.Button, new() { Name = "Thêm hàng" });
        await Expect(addRow).ToBeHiddenAsync(); // table buttons show only inside a table
        await page.GetByRole(AriaRole.Button, new() { Name = "Bảng", Exact = true }).ClickAsync();
        foreach (var cell in new[] { "Mặt hàng", "Giá", "Chè | búp", "120.000đ", "Cam *sành*", "30.000đ" })
        {
            await page.Keyboard.TypeAsync(cell);
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(addRow).ToBeVisibleAsync();
        await Expect(addRow).ToBeEnabledAsync();
        await addRow.ClickAsync();
        await page.Keyboard.TypeAsync("Bưởi"); // the cursor is in the new row's first cell
        var markdown = await page.InputValueAsync("#BodyMarkdown");
        Assert.Equal("Bảng giá:\n\n| Mặt hàng | Giá |\n|---|---|\n| Chè \\| búp | 120.000đ |\n| Cam \\*sành\\* | 30.000đ |\n| Bưởi |  |", markdown);
        var html = await PreviewAsync(page, markdown, null);
        Assert.Contains("<th>Mặt hàng</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Chè | búp</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Cam *sành*</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndoAndRedo_ByKeyAndByButton()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        var undo = page.GetByRole(AriaRole.Button, new() { Name = "Hoàn tác" });
        var redo = page.GetByRole(AriaRole.Button, new() { Name = "Làm lại" });
        await Expect(undo).ToBeDisabledAsync();
        await page.ClickAsync("label[for=BodyMarkdown]");
        await page.Keyboard.TypeAsync("Câu thứ nhất.");
        await Expect(undo).ToBeEnabledAsync();
        Assert.Equal("Câu thứ nhất.", await page.InputValueAsync("#BodyMarkdown"));
        await page.Keyboard.PressAsync("Control+z");
        Assert.Equal("", await page.InputValueAsync("#BodyMarkdown"));
        await page.Keyboard.PressAsync("Control+y");
        Assert.Equal("Câu thứ nhất.", await page.InputValueAsync("#BodyMarkdown"));
        await undo.ClickAsync();
        Assert.Equal("", await page.InputValueAsync("#BodyMarkdown"));
        await redo.ClickAsync();
        Assert.Equal("Câu thứ nhất.", await page.InputValueAsync("#BodyMarkdown"));
    }

    [Fact]
    public async Task ReaderArticlePage_LoadsNoEditorCode_TheFormDoes()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync();
        var page = await context.SignInAsync(admin, Password);
        const string assets = "() => [...document.querySelectorAll('script[src], link[rel=stylesheet]')].map(e => e.getAttribute('src') || e.getAttribute('href')).join(' ')";
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        var form = await page.EvaluateAsync<string>(assets);
        Assert.Contains("/lib/prosemirror/prosemirror.min.js", form, StringComparison.Ordinal);
        Assert.Contains("/js/article-editor.js", form, StringComparison.Ordinal);

        await page.GotoAsync("/");
        await page.Locator("a[href^='/tin-tuc/']").First.ClickAsync();
        await page.WaitForURLAsync("**/tin-tuc/**");
        var reader = await page.EvaluateAsync<string>(assets);
        Assert.Contains("/css/site.css", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("prosemirror", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("article-editor", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithJavaScriptOff_TheMarkdownTextareaStillSaves()
    {
        var admin = await _fixture.CreateUserAsync(NewsroomRoles.Administrator, Password);
        await using var context = await _fixture.NewContextAsync(javaScriptEnabled: false);
        var page = await context.SignInAsync(admin, Password);
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await Expect(page.Locator(".rich-editor")).ToHaveCountAsync(0);
        var title = "Bài không JavaScript " + Guid.NewGuid().ToString("N")[..4];
        await page.FillAsync("#Title", title);
        await page.FillAsync("#BodyMarkdown", "## Tiêu đề\n\nĐoạn **đậm** không cần JavaScript.");
        await page.ClickAsync("#article-form button[type=submit]:not([name])");
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bài nháp");
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal("## Tiêu đề\n\nĐoạn **đậm** không cần JavaScript.", await db.Articles.AsNoTracking().Where(a => a.Title == title).Select(a => a.BodyMarkdown).SingleAsync());
    }

    /// <summary>What Word 2016 puts on the clipboard (trimmed): mso styles, o:p, lists as MsoListParagraph paragraphs.</summary>
    private const string WordFragment = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
        <style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="VI" style="tab-interval:36.0pt">
        <!--StartFragment-->
        <h1 style="margin-top:12.0pt"><span style="font-size:16.0pt;font-family:&quot;Calibri Light&quot;;color:#2F5496">Kết quả vụ chè năm nay<o:p></o:p></span></h1>
        <p class="MsoNormal" style="text-align:justify"><b><span style="font-family:&quot;Times New Roman&quot;;color:red">Sản lượng</span></b><span style="font-family:&quot;Times New Roman&quot;"> chè búp tươi <i>tăng 12%</i> so với năm trước, theo <a href="https://snn.tuyenquang.gov.vn/"><span style="color:#0563C1">Sở Nông nghiệp</span></a>.<o:p></o:p></span></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoListParagraphCxSpFirst" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Chè xanh<o:p></o:p></p>
        <p class="MsoListParagraphCxSpLast" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Chè đen<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-family:&quot;Times New Roman&quot;">Các bước chế biến:<o:p></o:p></span></p>
        <p class="MsoListParagraphCxSpFirst" style="text-indent:-18.0pt;mso-list:l1 level1 lfo2"><!--[if !supportLists]--><span><span style="mso-list:Ignore">1.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Hái đúng lứa<o:p></o:p></p>
        <p class="MsoListParagraphCxSpLast" style="text-indent:-18.0pt;mso-list:l1 level1 lfo2"><!--[if !supportLists]--><span><span style="mso-list:Ignore">2.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Sao ngay trong ngày<o:p></o:p></p>
        <table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
        <tr><td width="200" style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Loại chè<o:p></o:p></b></p></td>
        <td width="200" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="right" style="text-align:right"><b>Sản lượng<o:p></o:p></b></p></td></tr>
        <tr><td width="200" style="border:solid windowtext 1.0pt"><p class="MsoNormal">Chè xanh<o:p></o:p></p></td>
        <td width="200" style="border:solid windowtext 1.0pt"><p class="MsoNormal">1.200 tấn<o:p></o:p></p><p class="MsoNormal">(tăng)<o:p></o:p></p></td></tr>
        </table>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <!--EndFragment-->
        </body></html>
        """;

    private static async Task OpenEditorAsync(IPage page, int id)
    {
        await page.GotoAsync($"/admin/bai-viet/{id}");
        await page.Locator(".rich-editor .rich-content").WaitForAsync();
    }

    // Creates an article through the form, typing its body in the Markdown view; returns its id.
    private static async Task<int> CreateArticleAsync(IPage page, string title, string body)
    {
        await page.GotoAsync("/admin/bai-viet/tao-moi");
        await page.FillAsync("#Title", title + " " + Guid.NewGuid().ToString("N")[..4]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem Markdown" }).ClickAsync();
        await page.FillAsync("#BodyMarkdown", body);
        await page.ClickAsync("#article-form button[type=submit]:not([name])");
        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bài nháp");
        return int.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The server's own rendering (the live preview endpoint: same renderer and sanitiser as the public page).
    private static Task<string> PreviewAsync(IPage page, string markdown, int? articleId) =>
        page.EvaluateAsync<string>("""
            async ([markdown, id]) => {
                const form = new FormData();
                form.append('markdown', markdown);
                form.append('__RequestVerificationToken', document.querySelector('input[name="__RequestVerificationToken"]').value);
                if (id) { form.append('articleId', String(id)); }
                const r = await fetch('/admin/bai-viet/xem-truoc-markdown', { method: 'POST', body: form, credentials: 'same-origin' });
                if (!r.ok) { throw new Error('preview ' + r.status); }
                return await r.text();
            }
            """, new object?[] { markdown, articleId });

    private static string SharedFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/fixtures/{name} not found above {AppContext.BaseDirectory}");
    }
}
