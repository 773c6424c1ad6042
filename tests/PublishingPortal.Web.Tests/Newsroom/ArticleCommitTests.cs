using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Newsroom;

/// <summary>
/// Every writer of articles goes through the one commit step: each leaves a revision, an audit entry, and reader
/// pages that show the change at once. Each test first proves the reader page is served from the cache (a change
/// made behind the commit step stays invisible), then that the write through the commit step evicts it.
/// </summary>
public sealed class ArticleCommitTests : IClassFixture<ArticleCommitTests.ManualScheduleFactory>
{
    private readonly ManualScheduleFactory _factory;

    public ArticleCommitTests(ManualScheduleFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task EditorSave_PublicArticle_RevisionAuditAndFreshPage()
    {
        var article = await TestArticles.AddAsync(_factory, "Chợ phiên vùng cao họp sớm");
        using var reader = _factory.CreateReader();
        await ProveCachedAsync(reader, "/tin-tuc/" + article.Slug, article.Id, "Chợ phiên vùng cao họp sớm");
        var (publisher, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;

        using (var saved = await AdminArticles.SaveAsync(publisher, article.Id, new Dictionary<string, string> { ["Title"] = "Chợ phiên vùng cao họp từ tờ mờ sáng" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, article.Id));
        Assert.Equal((1, "Sửa bài: tiêu đề", user.Id, user.DisplayName), (revision.Number, revision.Summary, revision.UserId, revision.UserName));
        var audit = await AuditAsync(AuditActions.ArticleSaved, article.Id);
        Assert.Equal("Lưu phiên bản 1 của \"Chợ phiên vùng cao họp từ tờ mờ sáng\" (tiêu đề)", audit.Details);
        Assert.Equal((user.Id, user.UserName), (audit.UserId, audit.UserName));
        var page = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Equal("Chợ phiên vùng cao họp từ tờ mờ sáng", page.QuerySelector("h1.article-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task WorkflowTransition_Unpublish_RevisionAuditAndGoneFromPageAndList()
    {
        var article = await TestArticles.AddAsync(_factory, "Đường liên xã được trải nhựa");
        using var reader = _factory.CreateReader();
        await ProveCachedAsync(reader, "/", article.Id, "Đường liên xã được trải nhựa");
        await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        var (publisher, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;

        using (var done = await AdminArticles.ActAsync(publisher, article.Id, "go-xuong"))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, article.Id));
        Assert.Equal(("Gỡ xuống", user.DisplayName), (revision.Summary, revision.UserName));
        var audit = await AuditAsync(AuditActions.ArticleTransition, article.Id);
        Assert.Equal("Gỡ xuống \"Đường liên xã được trải nhựa\": Đã xuất bản → Gỡ xuống", audit.Details);
        using (var gone = await reader.GetAsync("/tin-tuc/" + article.Slug))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/tin-tuc/" + article.Slug);
    }

    [Fact]
    public async Task PhotoEditor_SetLeadOnPublicArticle_RevisionAuditAndFreshPage()
    {
        var article = await TestArticles.AddAsync(_factory, "Ruộng bậc thang mùa nước đổ");
        using var reader = _factory.CreateReader();
        await ProveCachedAsync(reader, "/tin-tuc/" + article.Slug, article.Id, "Ruộng bậc thang mùa nước đổ");
        var (publisher, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;
        var (photo, key) = await MediaUploads.UploadGoodAsync(_factory, publisher, "ruong.jpg", TestImages.Jpeg(1200, 800));

        using (var placed = await publisher.SubmitAsync(
            $"/admin/bai-viet/{article.Id}/anh/{photo}",
            new Dictionary<string, string> { ["AltText"] = "Ruộng bậc thang đầy nước", ["Caption"] = "Mùa nước đổ", ["Credit"] = "Minh Khôi" },
            "form[data-action=dai-dien]"))
        {
            Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        }

        var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, article.Id));
        Assert.Equal(("Đặt ảnh đại diện", user.DisplayName), (revision.Summary, revision.UserName));
        var audit = await AuditAsync(MediaAuditActions.ArticlePhotos, article.Id);
        Assert.Equal($"Đặt ảnh đại diện của \"Ruộng bậc thang mùa nước đổ\": ảnh \"ruong.jpg\" (Media:{photo})", audit.Details);
        var page = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Contains(key, page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_DueAndExpired_RevisionAuditAsSystemAndFreshList()
    {
        var now = DateTimeOffset.UtcNow;
        var listed = await TestArticles.AddAsync(_factory, "Hợp tác xã chè ra mắt sản phẩm mới", publishedAt: now.AddDays(-3));
        var due = await TestArticles.AddAsync(_factory, "Lễ hội hoa ban đến hẹn lại lên", ArticleStatus.Scheduled, now.AddMinutes(-1));
        var expiring = await TestArticles.AddAsync(_factory, "Thông báo lịch cắt điện tuần trước", publishedAt: now.AddDays(-2));
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == expiring.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ExpiresAt, now.AddDays(1))));
        using var reader = _factory.CreateReader();
        await ProveCachedAsync(reader, "/", listed.Id, "Hợp tác xã chè ra mắt sản phẩm mới");
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == expiring.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ExpiresAt, now.AddSeconds(-1))));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (published, expired) = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunDueAsync(DateTimeOffset.UtcNow);
            Assert.Equal((1, 1), (published, expired));
        }

        foreach (var (id, text, status) in new[] { (due.Id, "Xuất bản theo lịch", ArticleStatus.Published), (expiring.Id, "Hết hạn, gỡ xuống", ArticleStatus.Unpublished) })
        {
            Assert.Equal(status, (await AdminArticles.LoadAsync(_factory, id)).Status);
            var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, id));
            Assert.Equal((text, null, EditorIdentity.ScheduleName), (revision.Summary, revision.UserId, revision.UserName));
            var audit = await AuditAsync(AuditActions.ArticleTransition, id);
            Assert.Equal((text, null, EditorIdentity.ScheduleName), (audit.Details, audit.UserId, audit.UserName));
        }

        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var links = home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tin-tuc/" + due.Slug, links);
        Assert.DoesNotContain("/tin-tuc/" + expiring.Slug, links);
    }

    [Fact]
    public async Task Importer_NewArticle_RevisionOneAuditAsSystemAndFreshList()
    {
        var listed = await TestArticles.AddAsync(_factory, "Trường học vùng cao khai giảng", publishedAt: DateTimeOffset.UtcNow.AddDays(-5));
        using var reader = _factory.CreateReader();
        await ProveCachedAsync(reader, "/", listed.Id, "Trường học vùng cao khai giảng");
        var title = $"Bản Nà Lòa đón điện lưới quốc gia {Guid.NewGuid():N}";
        var export = $"""
            PublishingPortal - Block_BanTin_Toolbar

            {DateTimeOffset.UtcNow.AddHours(7):dd/MM/yyyy}
            Tăng cỡ chữ Giảm cỡ chữ
            {title}
            Người dân bản Nà Lòa lần đầu có điện lưới.

            PublishingPortal - Block_BanTin_ViewData

            Đường dây dài 12 km đã được đóng điện.

            Lò Văn Páo
            """;

        ImportResult result;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(export);
        }

        Assert.True(result.Created);
        var id = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == result.Slug).Select(a => a.Id).SingleAsync());
        var revision = Assert.Single(await AdminArticles.RevisionsAsync(_factory, id));
        Assert.Equal((1, "Nhập từ bản xuất cổng cũ", null, EditorIdentity.ImportName, title), (revision.Number, revision.Summary, revision.UserId, revision.UserName, revision.Title));
        var audit = await AuditAsync(AuditActions.ArticleImported, id);
        Assert.Equal($"Nhập bài \"{title}\" (/tin-tuc/{result.Slug}) từ bản xuất cổng cũ", audit.Details);
        Assert.Equal(EditorIdentity.ImportName, audit.UserName);
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/tin-tuc/" + result.Slug);
    }

    [Fact]
    public async Task Scheduler_OneArticleSavedMeanwhile_OnlyThatOneWaitsForTheNextRun()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        var first = await TestArticles.AddAsync(_factory, "Hẹn giờ thứ nhất", ArticleStatus.Scheduled, at);
        var edited = await TestArticles.AddAsync(_factory, "Hẹn giờ bị sửa giữa chừng", ArticleStatus.Scheduled, at);
        var last = await TestArticles.AddAsync(_factory, "Hẹn giờ thứ ba", ArticleStatus.Scheduled, at);

        // An editor saves the second article while the run is publishing the first (the run read all three before):
        // the database renews its token, as every save does, and changes its text.
        var token = Guid.NewGuid().ToString().ToUpperInvariant();
        await SqlAsync($"""
            CREATE TRIGGER editor_saves_meanwhile AFTER UPDATE OF Status ON Articles WHEN NEW.Id = {first.Id}
            BEGIN UPDATE Articles SET Version = '{token}', Lead = 'Sapo sửa trong lúc chạy lịch' WHERE Id = {edited.Id}; END
            """);
        try
        {
            var (published, _) = await RunScheduleAsync();
            Assert.Equal(2, published);
        }
        finally
        {
            await SqlAsync("DROP TRIGGER editor_saves_meanwhile");
        }

        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, first.Id)).Status);
        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, last.Id)).Status);
        var waiting = await AdminArticles.LoadAsync(_factory, edited.Id);
        Assert.Equal((ArticleStatus.Scheduled, "Sapo sửa trong lúc chạy lịch"), (waiting.Status, waiting.Lead));
        Assert.Empty(await AdminArticles.RevisionsAsync(_factory, edited.Id));

        var (again, _) = await RunScheduleAsync();

        Assert.Equal(1, again);
        var retried = await AdminArticles.LoadAsync(_factory, edited.Id);
        Assert.Equal((ArticleStatus.Published, "Sapo sửa trong lúc chạy lịch"), (retried.Status, retried.Lead));
        Assert.Equal("Xuất bản theo lịch", Assert.Single(await AdminArticles.RevisionsAsync(_factory, edited.Id)).Summary);
    }

    // The page at url is cached: a change made behind the commit step (no eviction) does not show.
    private async Task ProveCachedAsync(HttpClient reader, string url, int articleId, string title)
    {
        Assert.Contains(title, (await PortalFactory.GetDocumentAsync(reader, url)).Body!.TextContent, StringComparison.Ordinal);
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, title + " (đổi sau lưng bộ nhớ đệm)")));
        IHtmlDocument cached = await PortalFactory.GetDocumentAsync(reader, url);
        Assert.DoesNotContain("(đổi sau lưng bộ nhớ đệm)", cached.Body!.TextContent, StringComparison.Ordinal);
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, title)));
    }

    private Task<AuditEntry> AuditAsync(string action, int articleId) =>
        _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == action && e.Target == "Article:" + articleId));

    private async Task<(int Published, int Expired)> RunScheduleAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunDueAsync(DateTimeOffset.UtcNow);
    }

    private Task<int> SqlAsync(string sql) => _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    /// <summary>No demo content, and the schedule runs only when a test runs it, so runs are counted exactly.</summary>
    public sealed class ManualScheduleFactory : PortalFactory
    {
        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Schedule:Enabled", "false");
        }
    }
}
