using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

public abstract class ArticleWorkflowPagesTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected ArticleWorkflowPagesTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Workflow_ReporterSubmits_EditorSendsBack_AuthorSeesReason_PublisherPublishes_ReaderSeesIt()
    {
        var (reporter, reporterUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var id = await AdminArticles.CreateAsync(reporter, "Nông dân Đại Từ thu hoạch chè", "Chè xuân được mùa.");

        using (var submitted = await AdminArticles.ActAsync(reporter, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal("/admin/bai-viet", submitted.Headers.Location!.OriginalString); // the reporter may no longer edit it
        }

        Assert.Equal(ArticleStatus.Submitted, (await AdminArticles.LoadAsync(_factory, id)).Status);

        using (var sentBack = await AdminArticles.ActAsync(editor, id, "tra-lai", new Dictionary<string, string> { ["reason"] = "Thiếu nguồn ảnh và số liệu sản lượng." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        }

        var returned = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Returned, returned.Status);
        Assert.Equal("Thiếu nguồn ảnh và số liệu sản lượng.", returned.ReturnReason);
        var authorPage = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Contains("Thiếu nguồn ảnh và số liệu sản lượng.", authorPage.QuerySelector(".return-reason")!.TextContent, StringComparison.Ordinal);

        using (var resubmitted = await AdminArticles.ActAsync(reporter, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        Assert.Null((await AdminArticles.LoadAsync(_factory, id)).ReturnReason);
        using (var published = await AdminArticles.ActAsync(publisher, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.True(article.PublishedAt <= DateTimeOffset.UtcNow);
        using var reader = _factory.CreateReader();
        var page = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Equal("Nông dân Đại Từ thu hoạch chè", page.QuerySelector("h1")!.TextContent.Trim());

        var summaries = (await AdminArticles.RevisionsAsync(_factory, id)).Select(r => r.Summary).ToList();
        Assert.Equal(["Tạo bài", "Gửi duyệt", "Trả lại: Thiếu nguồn ảnh và số liệu sản lượng.", "Gửi duyệt", "Xuất bản"], summaries);
        var transitions = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Target == "Article:" + id && e.Action == AuditActions.ArticleTransition)
            .OrderBy(e => e.Id).Select(e => new { e.Details, e.UserId }).ToListAsync());
        Assert.Equal(4, transitions.Count);
        Assert.Equal(reporterUser.Id, transitions[0].UserId);
        Assert.Contains("Gửi duyệt", transitions[0].Details, StringComparison.Ordinal);
        Assert.Contains("Chờ biên tập → Bị trả lại", transitions[1].Details, StringComparison.Ordinal);
        Assert.Contains("Thiếu nguồn ảnh", transitions[1].Details, StringComparison.Ordinal);
        Assert.Contains("Bị trả lại → Chờ biên tập", transitions[2].Details, StringComparison.Ordinal);
        Assert.Contains("Chờ biên tập → Đã xuất bản", transitions[3].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendBack_WithoutReason_ShowsMessageAndChangesNothing()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài chờ duyệt", ArticleStatus.InReview, author.Id);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);

        using var response = await AdminArticles.ActAsync(editor, article.Id, "tra-lai", new Dictionary<string, string> { ["reason"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Contains("hãy ghi lý do trả lại", page.QuerySelector(".workflow .error-box")!.TextContent, StringComparison.Ordinal);
        // The edit page whole, form included, although another controller than the editor's renders it.
        Assert.NotNull(page.QuerySelector("#article-form"));
        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(ArticleStatus.InReview, after.Status);
        Assert.Null(after.ReturnReason);
        Assert.Equal(article.Version, after.Version);
        Assert.Empty(await AdminArticles.RevisionsAsync(_factory, article.Id));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "Article:" + article.Id)));
    }

    [Fact]
    public async Task Publish_FutureTimeInSiteZone_SchedulesAtTheRightUtcInstant()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài hẹn giờ", ArticleStatus.InReview, author.Id);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var year = DateTime.UtcNow.Year + 1;

        using var response = await AdminArticles.ActAsync(publisher, article.Id, "xuat-ban", new Dictionary<string, string>
        {
            ["PublishMode"] = "hen-gio",
            ["PublishAt"] = year.ToString(CultureInfo.InvariantCulture) + "-01-15T08:30",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(ArticleStatus.Scheduled, after.Status);
        Assert.Equal(new DateTimeOffset(year, 1, 15, 1, 30, 0, TimeSpan.Zero), after.PublishedAt);
        var page = await publisher.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.Contains($"15/01/{year} 08:30", page.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        using var reader = _factory.CreateReader();
        using var hidden = await reader.GetAsync("/tin-tuc/" + after.Slug);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Publish_ScheduledArticleWithBlankTime_PublishesNow()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài hẹn giờ đăng sớm", ArticleStatus.InReview, author.Id);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var before = await publisher.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        // One publish-time field (issue 11): "Xuất bản ngay" chosen, the time hidden, the button says so.
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)before.QuerySelector("input[name=PublishMode][value=ngay]")!).IsChecked);
        Assert.True(before.QuerySelector(".publish-at-field")!.HasAttribute("hidden"));
        Assert.Equal("Lưu và xuất bản ngay", before.QuerySelector(".workflow-xuat-ban button span:not([hidden])")!.TextContent.Trim());
        Assert.Null(before.QuerySelector("input[name=workflowPublishAt]"));
        Assert.Single(before.QuerySelectorAll("input[type=datetime-local][name=PublishAt]"));
        using (var scheduled = await AdminArticles.ActAsync(publisher, article.Id, "xuat-ban", new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2099-01-01T00:00" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }

        Assert.Equal(ArticleStatus.Scheduled, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        var page = await publisher.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=PublishMode][value=hen-gio]")!).IsChecked);
        Assert.Equal("2099-01-01T00:00", page.QuerySelector("#PublishAt")!.GetAttribute("value"));
        Assert.Equal("Lưu và hẹn giờ xuất bản theo giờ đã chọn", page.QuerySelector(".workflow-xuat-ban button span:not([hidden])")!.TextContent.Trim());

        // "Xuất bản ngay" with the old time still in the (hidden) field: the server ignores the time, as without JavaScript.
        using var response = await AdminArticles.ActAsync(publisher, article.Id, "xuat-ban", new Dictionary<string, string> { ["PublishMode"] = "ngay" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(ArticleStatus.Published, after.Status);
        Assert.True(after.PublishedAt <= DateTimeOffset.UtcNow);
        using var reader = _factory.CreateReader();
        using var visible = await reader.GetAsync("/tin-tuc/" + after.Slug);
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
    }

    [Fact]
    public async Task Unpublish_ReaderGets404EvenAfterThePageWasCached()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài sắp gỡ", ArticleStatus.Published, author.Id);
        await _factory.EvictReaderPagesAsync();
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var reader = _factory.CreateReader();
        using (var first = await reader.GetAsync("/tin-tuc/" + article.Slug))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var cached = await reader.GetAsync("/tin-tuc/" + article.Slug))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        using var response = await AdminArticles.ActAsync(publisher, article.Id, "go-xuong");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        using var gone = await reader.GetAsync("/tin-tuc/" + article.Slug);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Trash_ThenRestore_BackToDraft_AndTrashOnlyListedWhenAskedFor()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài bỏ rồi lấy lại");

        using (var trashed = await AdminArticles.ActAsync(reporter, id, "thung-rac"))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
            Assert.Equal(AdminArticles.EditUrl(id), trashed.Headers.Location!.OriginalString);
        }

        var inTrash = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Trashed, inTrash.Status);
        Assert.Equal(ArticleStatus.Draft, inTrash.StatusBeforeTrash);
        var list = await reporter.GetDocumentAsync("/admin/bai-viet");
        Assert.Null(list.QuerySelector($"tr[data-article-id='{id}']"));
        var trash = await reporter.GetDocumentAsync("/admin/bai-viet?trangthai=Trashed");
        Assert.NotNull(trash.QuerySelector($"tr[data-article-id='{id}']"));
        var trashedPage = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Null(trashedPage.QuerySelector("#article-form"));

        using (var restored = await AdminArticles.ActAsync(reporter, id, "khoi-phuc"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        Assert.Equal(ArticleStatus.Draft, (await AdminArticles.LoadAsync(_factory, id)).Status);
        var details = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Target == "Article:" + id && e.Action == AuditActions.ArticleTransition)
            .OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.Equal(2, details.Count);
        Assert.Contains("Nháp → Thùng rác", details[0], StringComparison.Ordinal);
        Assert.Contains("Thùng rác → Nháp", details[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_ByAdministrator_DeletesArticleAndRevisions_AuditRemains()
    {
        var (admin, adminUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        var id = await AdminArticles.CreateAsync(admin, "Bài xoá vĩnh viễn");
        using (var trashed = await AdminArticles.ActAsync(admin, id, "thung-rac"))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        using var purged = await AdminArticles.ActAsync(admin, id, "xoa-vinh-vien");

        Assert.Equal(HttpStatusCode.Redirect, purged.StatusCode);
        Assert.Equal("/admin/bai-viet?trangthai=Trashed", purged.Headers.Location!.OriginalString);
        Assert.False(await _factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == id)));
        Assert.Empty(await AdminArticles.RevisionsAsync(_factory, id));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ArticlePurged && e.Target == "Article:" + id));
        Assert.Equal(adminUser.Id, audit.UserId);
        Assert.Contains("Bài xoá vĩnh viễn", audit.Details, StringComparison.Ordinal);
        using var page = await admin.Http.GetAsync(AdminArticles.EditUrl(id));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Publish_OwnArticleByPublisher_Is403AndNothingChanges()
    {
        var (publisher, publisherUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Bài của người duyệt", ArticleStatus.InReview, publisherUser.Id);
        var page = await publisher.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.Null(page.QuerySelector($"form[action$='/xuat-ban']"));

        using var response = await AdminArticles.PostWithTokenAsync(publisher, AdminArticles.EditUrl(article.Id) + "/xuat-ban");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
    }

    [Fact]
    public async Task Purge_ByEditor_Is403AndNothingChanges()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài trong thùng rác", ArticleStatus.Trashed, author.Id);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var page = await editor.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.NotNull(page.QuerySelector("form[action$='/khoi-phuc']"));
        Assert.Null(page.QuerySelector("form[action$='/xoa-vinh-vien']"));

        using var response = await AdminArticles.PostWithTokenAsync(editor, AdminArticles.EditUrl(article.Id) + "/xoa-vinh-vien");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id)));
    }

    [Theory]
    [InlineData(NewsroomRoles.Reporter, "xuat-ban")]
    [InlineData(NewsroomRoles.Reporter, "tra-lai")]
    [InlineData(NewsroomRoles.Editor, "xuat-ban")]
    [InlineData(NewsroomRoles.Editor, "go-xuong")]
    public async Task Transition_RoleWithoutTheRight_Is403(string role, string segment)
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var status = segment == "go-xuong" ? ArticleStatus.Published : ArticleStatus.InReview;
        var article = await AdminArticles.AddAsync(_factory, "Bài thử quyền", status, author.Id);
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, role);

        using var response = await AdminArticles.PostWithTokenAsync(client, AdminArticles.EditUrl(article.Id) + "/" + segment, new Dictionary<string, string> { ["reason"] = "Lý do" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(status, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
    }

    [Fact]
    public async Task Publish_TrashedArticle_RefusedBecauseOfStateWithMessage()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài đã bỏ", ArticleStatus.Trashed, author.Id);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);

        using var response = await AdminArticles.PostWithTokenAsync(publisher, AdminArticles.EditUrl(article.Id) + "/xuat-ban");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Trashed, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        var page = await publisher.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("không xuất bản được", page.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_WithoutAntiforgeryToken_Refused()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài không có mã chống giả mạo");
        using var form = new FormUrlEncodedContent([]);

        using var response = await reporter.Http.PostAsync(AdminArticles.EditUrl(id) + "/gui-duyet", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await AdminArticles.LoadAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task Transition_OnGet_IsNotARoute()
    {
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        var id = await AdminArticles.CreateAsync(admin, "Bài không đổi khi GET");

        foreach (var segment in new[] { "gui-duyet", "xuat-ban", "thung-rac", "xoa-vinh-vien" })
        {
            using var response = await admin.Http.GetAsync(AdminArticles.EditUrl(id) + "/" + segment);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{segment}: {(int)response.StatusCode}");
        }

        Assert.Equal(ArticleStatus.Draft, (await AdminArticles.LoadAsync(_factory, id)).Status);
    }
}

/// <summary>The tests of <see cref="ArticleWorkflowPagesTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ArticleWorkflowPagesTests(EmptyPortalFactory factory) : ArticleWorkflowPagesTests<EmptyPortalFactory>(factory);
