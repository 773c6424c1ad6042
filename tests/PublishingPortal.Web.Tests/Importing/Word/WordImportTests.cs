using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Tests.Word;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Importing.Word;

/// <summary>The portal with small Word-import limits, so the size and bomb cases stay small.</summary>
public sealed class WordImportFactory : PortalFactory
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public const long MaxUncompressedBytes = 8 * 1024 * 1024;

    protected override bool SeedDemoContent => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("WordImport:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("WordImport:MaxUncompressedBytes", MaxUncompressedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("WordImport:MaxImages", "5");
    }
}

/// <summary>
/// "Tạo bài từ tệp Word" over HTTP (issue 10): the shared LibreOffice file becomes a draft of the uploader with its
/// photos in the library and as captioned figures on the preview; every broken or hostile file is refused with a
/// Vietnamese message (400, never 500) and leaves no article, no library row and no file.
/// </summary>
public sealed class WordImportTests : IClassFixture<WordImportFactory>
{
    private const string FormUrl = "/admin/bai-viet/tu-tep-word";

    private readonly WordImportFactory _factory;

    public WordImportTests(WordImportFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SharedFile_BecomesTheReportersDraft_WithCaptionedFiguresOnThePreview()
    {
        var (reporter, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = reporter;
        var list = await reporter.GetDocumentAsync("/admin/bai-viet");
        Assert.NotNull(list.QuerySelector($"a[href='{FormUrl}']"));
        var folder = SharedWordFixtures.Folder();
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "bai-viet-mau.expected.json")));
        var root = expected.RootElement;

        using var response = await PostAsync(reporter, "bai-viet-mau.docx", await File.ReadAllBytesAsync(Path.Combine(folder, "bai-viet-mau.docx")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = int.Parse(location["/admin/bai-viet/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var editor = await reporter.GetDocumentAsync(location);
        Assert.Contains("Đã tạo bài nháp từ tệp \"bai-viet-mau.docx\": 2 ảnh", editor.Body!.TextContent, StringComparison.Ordinal);

        var (article, revisions, audits, photos) = await _factory.WithDbAsync(async db => (
            await db.Articles.AsNoTracking().Include(a => a.Figures).SingleAsync(a => a.Id == id),
            await db.ArticleRevisions.CountAsync(r => r.ArticleId == id),
            await db.AuditEntries.Where(e => e.Target == "Article:" + id).Select(e => e.Action).ToListAsync(),
            await db.MediaAssets.AsNoTracking().OrderBy(m => m.Id).ToListAsync()));
        Assert.Equal((ArticleStatus.Draft, user.Id), (article.Status, article.AuthorId));
        Assert.Equal(Text(root, "title"), article.Title);
        Assert.Equal(Text(root, "lead"), article.Lead);
        Assert.Equal(Text(root, "byline"), article.Byline);
        Assert.Equal(1, revisions);
        Assert.Equal([AuditActions.ArticleCreated], audits);
        Assert.Equal(["image/jpeg", "image/png"], photos.Select(p => p.ContentType));
        Assert.All(article.Figures, f => Assert.NotNull(f.ImagePath));

        var preview = await reporter.GetDocumentAsync(location + "/xem-truoc");
        var figures = preview.QuerySelectorAll("article figure, main figure").Where(f => f.QuerySelector("figcaption") is not null).ToList();
        Assert.Equal(
            root.GetProperty("captions").EnumerateArray().Select(c => Collapse(c.GetString()!)),
            figures.Select(f => Collapse(f.QuerySelector("figcaption")!.TextContent)));
        var src = figures[0].QuerySelector("img")!.GetAttribute("src")!;
        Assert.DoesNotContain(ArticleBodyRenderer.PhotoMissingPath, src, StringComparison.Ordinal);
        using var image = await reporter.Http.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        var text = Collapse(preview.Body!.TextContent);
        foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
        {
            Assert.Contains(Collapse(paragraph.GetString()!), text, StringComparison.Ordinal);
        }

        Assert.Equal("Hiệu quả thiết thực", preview.QuerySelector("main h2, article h2")?.TextContent.Trim());
    }

    [Fact]
    public async Task OwnFile_ImagesWithoutCaptionsAndATable_BecomeFiguresAndATable()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var docx = new DocxBuilder()
            .Heading(1, "Kết quả thu hoạch lúa vụ mùa")
            .Paragraph("Năng suất bình quân đạt 6,2 tấn mỗi ha.")
            .Image(TestImages.Png(320, 200))
            .Table(["Thôn", "Năng suất"], ["Đồng Cầu", "6,4"])
            .Image(TestImages.Jpeg(400, 300), "image/jpeg")
            .Build();

        using var response = await PostAsync(reporter, "lua-vu-mua.docx", docx);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString["/admin/bai-viet/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var article = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Figures).SingleAsync(a => a.Id == id));
        Assert.Equal("", article.Lead);
        Assert.Equal([(1, ""), (2, "")], article.Figures.OrderBy(f => f.Order).Select(f => (f.Order, f.Caption)));
        Assert.Contains("<th>Thôn</th>", article.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(article.BodyHtml, "<figure"));
    }

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        // kind, file name, words the message must contain
        { "corrupt", "hong.docx", "Tệp bị hỏng" },
        { "macro", "co-macro.docx", "có chứa macro" },
        { "macro", "co-macro.docm", "có chứa macro" },
        { "encrypted", "mat-khau.docx", "đặt mật khẩu" },
        { "bomb", "bom-nen.docx", "giải nén vượt quá 8 MB" },
        { "text", "ghi-chu.docx", "không phải tài liệu Word .docx" },
        { "pdf", "bai.pdf", "không phải tài liệu Word .docx" },
        { "too-big", "qua-lon.docx", "Tệp quá lớn: tối đa 2 MB" },
        { "bad-image", "anh-hong.docx", "Ảnh thứ 2 trong tệp không được nhận" },
        { "too-many-images", "nhieu-anh.docx", "hơn 5 ảnh" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task BrokenOrHostileFile_IsRefusedWithAReason_AndCreatesNothing(string kind, string fileName, string words)
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var bytes = kind switch
        {
            "corrupt" => DocxBuilder.Corrupt(),
            "macro" => DocxBuilder.MacroEnabled(),
            "encrypted" => DocxBuilder.Encrypted(),
            "bomb" => DocxBuilder.Bomb(WordImportFactory.MaxUncompressedBytes + 1),
            "text" or "pdf" => Encoding.UTF8.GetBytes("Đây là ghi chú, không phải tệp Word."),
            "too-big" => new DocxBuilder().Paragraph("Tiêu đề").Image(Noise(WordImportFactory.MaxBytes)).Build(),
            "bad-image" => new DocxBuilder().Paragraph("Tiêu đề").Image(TestImages.Png(64, 64)).Image(TestImages.HtmlPage()).Build(),
            _ => Enumerable.Range(0, 6).Aggregate(new DocxBuilder().Paragraph("Tiêu đề"), (b, _) => b.Image(TestImages.Png(16, 16))).Build(),
        };
        var before = await CountsAsync();

        using var response = await PostAsync(reporter, fileName, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(words, page.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndAUserWithoutANewsroomRole_IsRefused()
    {
        using var anonymous = StaffAccounts.CreateClient(_factory);
        using (var form = await anonymous.Http.GetAsync(FormUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
            Assert.StartsWith("/dang-nhap", form.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        var reader = new PortalUser { UserName = $"doc-gia-{Guid.NewGuid():N}@test.local", DisplayName = "Độc giả", CreatedAt = DateTimeOffset.UtcNow };
        reader.Email = reader.UserName;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CreateAsync(reader, StaffAccounts.Password)).Succeeded);
        }

        using var client = StaffAccounts.CreateClient(_factory);
        using (await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = reader.Email, ["Password"] = StaffAccounts.Password }))
        {
        }

        using var page = await client.Http.GetAsync(FormUrl);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        using var list = await client.Http.GetAsync("/admin/bai-viet");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndCreatesNothing()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var before = await CountsAsync();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new DocxBuilder().Paragraph("Tiêu đề giả mạo").Build()), "tep", "bai.docx" } };

        using var response = await reporter.Http.PostAsync(FormUrl, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(BrowserLikeClient client, string fileName, byte[] bytes)
    {
        var form = await client.GetDocumentAsync(FormUrl);
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        content.Add(file, "tep", fileName);
        return await client.Http.PostAsync(FormUrl, content);
    }

    private async Task<(int Articles, int Photos, int Files)> CountsAsync() => (
        await _factory.WithDbAsync(db => db.Articles.CountAsync()),
        await _factory.WithDbAsync(db => db.MediaAssets.CountAsync()),
        MediaUploads.StoredFiles(_factory).Count);

    // Random bytes do not compress: the .docx is as big as its picture.
    private static byte[] Noise(long length)
    {
        var bytes = new byte[length];
        new Random(10).NextBytes(bytes);
        return bytes;
    }

    private static string Text(JsonElement element, string name) => Collapse(element.GetProperty(name).GetString()!);

    private static string Collapse(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split([' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

/// <summary>Finds <c>shared/fixtures/word</c> above the test's folder (the repository's <c>../shared</c>).</summary>
internal static class SharedWordFixtures
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "word");
            if (File.Exists(Path.Combine(candidate, "bai-viet-mau.docx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures/word not found above " + AppContext.BaseDirectory);
    }
}
