using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

public abstract class ArticleEditorTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected ArticleEditorTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Create_ThroughForm_SavesDraftByAuthorWithRevisionOneAndAudit()
    {
        var category = await AddCategoryAsync("Kinh tế");
        var (client, reporter) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);

        var id = await AdminArticles.CreateAsync(client, "Hội nghị đánh giá 2 năm chuyển đổi số", "Đoạn **một**.", new Dictionary<string, string>
        {
            ["CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tags"] = "Chuyển đổi số, chuyen doi so; Nông nghiệp",
            ["Byline"] = "Hương Dịu",
            ["Source"] = "Báo Thái Nguyên",
        });

        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(reporter.Id, article.AuthorId);
        Assert.Equal("hoi-nghi-danh-gia-2-nam-chuyen-doi-so", article.Slug);
        Assert.Equal("<p>Đoạn <strong>một</strong>.</p>", article.BodyHtml.Trim());
        Assert.Equal(category, article.CategoryId);
        Assert.Equal(["Chuyển đổi số", "Nông nghiệp"], article.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Hương Dịu", article.Byline);
        var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, id));
        Assert.Equal(1, revision.Number);
        Assert.Equal(reporter.Id, revision.UserId);
        Assert.Equal(reporter.DisplayName, revision.UserName);
        Assert.Equal("Đoạn **một**.", revision.BodyMarkdown);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ArticleCreated && e.Target == "Article:" + id));
        Assert.Equal(reporter.Id, audit.UserId);

        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Contains("Đã tạo bài nháp", page.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hội nghị đánh giá 2 năm chuyển đổi số", ((IHtmlInputElement)page.QuerySelector("#article-form input[name=Title]")!).Value);
        Assert.Contains("<strong>một</strong>", page.QuerySelector("[data-preview-target]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SameTitleTwice_GetsUniqueSlug_AndTakenTypedSlugIsRefused()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var first = await AdminArticles.CreateAsync(client, "Cầu treo mới khánh thành");
        var second = await AdminArticles.CreateAsync(client, "Cầu treo mới khánh thành");
        var firstSlug = (await AdminArticles.LoadAsync(_factory, first)).Slug;
        Assert.Equal(firstSlug + "-2", (await AdminArticles.LoadAsync(_factory, second)).Slug);
        var count = await _factory.WithDbAsync(db => db.Articles.CountAsync());

        using var response = await client.SubmitAsync("/admin/bai-viet/tao-moi", new Dictionary<string, string> { ["Title"] = "Bài khác", ["Slug"] = firstSlug }, "#article-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Contains("đã được một bài khác dùng", page.QuerySelector("[data-valmsg-for=Slug]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Edit_SaveMakesRevisionTwo_AndChangedSlugRedirectsPubliclyAfterPublish()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var id = await AdminArticles.CreateAsync(reporter, "Lễ hội trà Thái Nguyên");
        var oldSlug = (await AdminArticles.LoadAsync(_factory, id)).Slug;

        using var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string>
        {
            ["Slug"] = "le-hoi-tra-2025",
            ["BodyMarkdown"] = "Đoạn mở đầu.\n\nĐoạn mới thêm.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("le-hoi-tra-2025", article.Slug);
        Assert.Contains(article.OldSlugs, o => o.Slug == oldSlug);
        Assert.Contains("Đoạn mới thêm.", article.BodyHtml, StringComparison.Ordinal);
        var revisions = await AdminArticles.RevisionsAsync(_factory, id);
        Assert.Equal([1, 2], revisions.Select(r => r.Number).ToArray());
        Assert.Contains("đường dẫn", revisions[1].Summary, StringComparison.Ordinal);
        Assert.Contains("nội dung", revisions[1].Summary, StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ArticleSaved && e.Target == "Article:" + id)));

        using (var submitted = await AdminArticles.ActAsync(reporter, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using (var published = await AdminArticles.ActAsync(publisher, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        using var reader = _factory.CreateReader();
        using var old = await reader.GetAsync("/tin-tuc/" + oldSlug);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/tin-tuc/le-hoi-tra-2025", old.Headers.Location!.OriginalString);
        using var current = await reader.GetAsync("/tin-tuc/le-hoi-tra-2025");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Edit_PublishedArticle_ReadersSeeTheChangeAtOnceDespiteOutputCache()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Bài đang đăng", ArticleStatus.Published, author.Id, "Câu cũ trên trang.");
        await _factory.EvictReaderPagesAsync();
        using var reader = _factory.CreateReader();
        var before = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Contains("Câu cũ trên trang.", before.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);

        using var saved = await AdminArticles.SaveAsync(publisher, article.Id, new Dictionary<string, string> { ["BodyMarkdown"] = "Câu mới sau khi sửa." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Contains("Câu mới sau khi sửa.", after.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title", "", "Hãy nhập tiêu đề.")]
    [InlineData("Slug", "Có Dấu Và Hoa", "Đường dẫn chỉ gồm")]
    [InlineData("CategoryId", "999999", "Chuyên mục đã chọn không tồn tại.")]
    [InlineData("CategoryId", "abc", "Chuyên mục không hợp lệ.")]
    [InlineData("PublishAt", "ngày mai", "Thời gian xuất bản không hợp lệ")]
    [InlineData("Version", "not-a-guid", "thiếu mã phiên bản")]
    public async Task Edit_BadInput_ShowsMessageAndChangesNothing(string field, string value, string message)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài kiểm tra dữ liệu sai");
        var before = await AdminArticles.LoadAsync(_factory, id);

        using var response = await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["PublishMode"] = "hen-gio", [field] = value, ["BodyMarkdown"] = "Không được lưu." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#article-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Không được lưu.", ((IHtmlTextAreaElement)page.QuerySelector("textarea[name=BodyMarkdown]")!).Value);
        var after = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(before.BodyMarkdown, after.BodyMarkdown);
        Assert.Equal(before.Version, after.Version);
        Assert.Single(await AdminArticles.RevisionsAsync(_factory, id));
    }

    [Fact]
    public async Task Edit_TwoMegabyteTitleAndExpiryBeforePublish_AreFormErrorsNot500()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài kiểm tra tiêu đề dài");

        using var huge = await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["Title"] = new string('a', 2 * 1024 * 1024) });
        using var expiry = await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2030-05-01T08:00", ["ExpiresAt"] = "2030-05-01T07:00" });

        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Tiêu đề dài tối đa 400 ký tự.", (await AdminArticles.ParseAsync(huge)).QuerySelector("[data-valmsg-for=Title]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, expiry.StatusCode);
        Assert.Contains("phải sau thời gian xuất bản", (await AdminArticles.ParseAsync(expiry)).QuerySelector("[data-valmsg-for=ExpiresAt]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bài kiểm tra tiêu đề dài", (await AdminArticles.LoadAsync(_factory, id)).Title);
    }

    [Fact]
    public async Task Edit_TimesAreTypedInSiteTimeAndStoredInUtc()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài có thời gian");

        using var response = await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2030-05-01T08:30", ["ExpiresAt"] = "2030-06-01T00:00" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 1, 30, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(new DateTimeOffset(2030, 5, 31, 17, 0, 0, TimeSpan.Zero), article.ExpiresAt);
        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Equal("2030-05-01T08:30", ((IHtmlInputElement)page.QuerySelector("input[name=PublishAt]")!).Value);
    }

    [Fact]
    public async Task Edit_PreviewButton_RendersSanitisedBodyWithoutSaving()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(client, "Bài xem trước không JavaScript");

        using var response = await client.SubmitAsync(
            AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["BodyMarkdown"] = "^^^\n![Cầu mới](https://example.org/cau.jpg)\n^^^ Cầu treo mới\n\n<script>alert(1)</script>" },
            "#article-form",
            submitName: "preview",
            submitValue: "1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await AdminArticles.ParseAsync(response)).QuerySelector("[data-preview-target]")!;
        Assert.Equal("Cầu treo mới", preview.QuerySelector("figure figcaption")!.TextContent.Trim());
        Assert.Null(preview.QuerySelector("script"));
        Assert.Equal("Đoạn mở đầu.\n\nĐoạn thứ hai.", (await AdminArticles.LoadAsync(_factory, id)).BodyMarkdown);
        Assert.Single(await AdminArticles.RevisionsAsync(_factory, id));
    }

    [Fact]
    public async Task MarkdownPreview_RendersFigureAndStripsScript()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);

        using var response = await AdminArticles.PostWithTokenAsync(client, "/admin/bai-viet/xem-truoc-markdown", new Dictionary<string, string>
        {
            ["markdown"] = "**đậm** <script>alert('x')</script>\n\n[bấm](javascript:alert(1))\n\n^^^\n![Ảnh](https://example.org/a.jpg)\n^^^ Chú thích",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>đậm</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<figcaption>Chú thích</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownPreview_WithoutAntiforgeryToken_Refused()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var form = new FormUrlEncodedContent([new("markdown", "**x**")]);

        using var response = await client.Http.PostAsync("/admin/bai-viet/xem-truoc-markdown", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Edit_UnknownOrMalformedId_Is404()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);

        using var unknown = await client.Http.GetAsync("/admin/bai-viet/987654");
        using var malformed = await client.Http.GetAsync("/admin/bai-viet/abc");
        using var huge = await client.Http.GetAsync("/admin/bai-viet/99999999999999");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, huge.StatusCode);
    }

    [Fact]
    public async Task Edit_ReporterOnSomeoneElsesDraft_Is403ForPageAndSave()
    {
        var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài của người khác", ArticleStatus.Draft, other.Id);
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);

        using var page = await client.Http.GetAsync(AdminArticles.EditUrl(article.Id));
        using var save = await AdminArticles.PostWithTokenAsync(client, AdminArticles.EditUrl(article.Id), new Dictionary<string, string>
        {
            ["Title"] = "Chiếm bài",
            ["Version"] = article.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal("Bài của người khác", (await AdminArticles.LoadAsync(_factory, article.Id)).Title);
    }

    [Fact]
    public async Task Concurrency_SecondSaveAtTheSamePlace_GetsConflictPage_ThenKeepingMineWins()
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Bài hai người cùng sửa", "Câu gốc.");
        var url = AdminArticles.EditUrl(id);
        var firstForm = (IHtmlFormElement)(await first.GetDocumentAsync(url)).QuerySelector("#article-form")!;
        var secondForm = (IHtmlFormElement)(await second.GetDocumentAsync(url)).QuerySelector("#article-form")!;

        using var firstSave = await first.SubmitAsync(firstForm, url, new Dictionary<string, string> { ["BodyMarkdown"] = "Câu gốc.\n\nĐoạn của người thứ nhất." });
        using var secondSave = await second.SubmitAsync(secondForm, url, new Dictionary<string, string> { ["BodyMarkdown"] = "Câu gốc.\n\nĐoạn của người thứ hai." });

        // Both added a paragraph at the same place: the body conflicts, only its conflicting paragraphs are shown.
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var page = await AdminArticles.ParseAsync(secondSave);
        Assert.Contains("Bài viết vừa được", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        var body = page.QuerySelector("#gop-BodyMarkdown")!;
        Assert.Equal("Đoạn của người thứ nhất.", body.QuerySelector(".merge-theirs .merge-text")!.TextContent.Trim());
        Assert.Equal("Đoạn của người thứ hai.", body.QuerySelector(".merge-mine .merge-text")!.TextContent.Trim());
        Assert.Equal("Câu gốc.\n\nĐoạn của người thứ hai.", ((IHtmlInputElement)body.QuerySelector("#gop-BodyMarkdown-toi")!).Value);
        Assert.Equal("Câu gốc.\n\nĐoạn của người thứ nhất.", (await AdminArticles.LoadAsync(_factory, id)).BodyMarkdown);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(_factory, id)).Count);

        using var retry = await second.SubmitAsync((IHtmlFormElement)page.QuerySelector("#merge-form")!, url);

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Câu gốc.\n\nĐoạn của người thứ hai.", (await AdminArticles.LoadAsync(_factory, id)).BodyMarkdown);
        var revisions = await AdminArticles.RevisionsAsync(_factory, id);
        Assert.Equal(3, revisions.Count);
        Assert.Equal("Câu gốc.\n\nĐoạn của người thứ nhất.", revisions[1].BodyMarkdown);
    }

    private async Task<int> AddCategoryAsync(string name)
    {
        var category = new Category { Name = name, Slug = Slugs.FromTitle(name) + "-" + Guid.NewGuid().ToString("N")[..4], SortOrder = 1 };
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(category);
            return await db.SaveChangesAsync();
        });
        return category.Id;
    }
}

/// <summary>The tests of <see cref="ArticleEditorTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ArticleEditorTests(EmptyPortalFactory factory) : ArticleEditorTests<EmptyPortalFactory>(factory);
