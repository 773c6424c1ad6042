using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;
using StackExchange.Redis;

namespace PublishingPortal.Web.Tests.MultiInstance;

/// <summary>
/// Two real Kestrel instances on one PostgreSQL database and one Redis, as behind a round-robin load balancer: a
/// staff member's requests alternate between them, and a reader may land on either right after a change made on the
/// other. "At once" means the very next request, with no wait.
/// </summary>
public sealed class TwoInstancesTests : IClassFixture<TwoInstances>
{
    private readonly TwoInstances _site;

    public TwoInstancesTests(TwoInstances site)
    {
        _site = site;
    }

    [Fact]
    public async Task SignInOnA_FormFromAPostedToB_Accepted()
    {
        var user = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Reporter);
        var jar = new CookieContainer();
        using var onA = _site.A.Staff(jar);
        using var onB = _site.B.Staff(jar);
        await StaffAccounts.SignInAsync(onA, user.Email!, StaffAccounts.Password);

        // The form and its antiforgery token come from A; the post, with A's cookies, goes to B.
        var page = await onA.GetDocumentAsync("/admin/bai-viet/tao-moi");
        var form = (IHtmlFormElement)page.QuerySelector("#article-form")!;
        using var created = await onB.SubmitAsync(form, "/admin/bai-viet/tao-moi", new Dictionary<string, string>
        {
            ["Title"] = "Bài viết gửi qua máy thứ hai",
            ["BodyMarkdown"] = "Nội dung bài.",
            ["Lead"] = "Sapo.",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await _site.A.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Bài viết gửi qua máy thứ hai" && a.AuthorId == user.Id)));
    }

    [Fact]
    public async Task PublishEditUnpublishOnA_ReaderOnBSeesEachChangeAtOnce()
    {
        // A reporter writes and submits on B; the publisher (nobody publishes their own article) works on A.
        var reporter = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Reporter);
        var publisher = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Publisher);
        using var reporterOnB = _site.B.Staff(new CookieContainer());
        using var onA = _site.A.Staff(new CookieContainer());
        await StaffAccounts.SignInAsync(reporterOnB, reporter.Email!, StaffAccounts.Password);
        await StaffAccounts.SignInAsync(onA, publisher.Email!, StaffAccounts.Password);
        var id = await AdminArticles.CreateAsync(reporterOnB, "Chợ nổi Cái Răng đón khách đầu năm");
        var slug = (await AdminArticles.LoadAsync(_site.A, id)).Slug;
        var url = "/tin-tuc/" + slug;
        using var readerB = _site.B.Reader();

        using (var draft = await readerB.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        using (var submitted = await AdminArticles.ActAsync(reporterOnB, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using (var published = await AdminArticles.ActAsync(onA, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal("Chợ nổi Cái Răng đón khách đầu năm", await TitleAsync(readerB, url));

        // Read again: B now answers from the output cache in Redis, which is what A's next change must reach.
        Assert.Equal("Chợ nổi Cái Răng đón khách đầu năm", await TitleAsync(readerB, url));
        Assert.True(await CachedEntriesAsync() > 0);

        using (var saved = await AdminArticles.SaveAsync(onA, id, new Dictionary<string, string> { ["Title"] = "Chợ nổi Cái Răng tấp nập ngày đầu năm" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Chợ nổi Cái Răng tấp nập ngày đầu năm", await TitleAsync(readerB, url));

        using (var unpublished = await AdminArticles.ActAsync(onA, id, "go-xuong"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        using var gone = await readerB.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task SiteSettingsSavedOnA_ReaderOnBSeesThemAtOnce()
    {
        var admin = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Administrator);
        using var onA = _site.A.Staff(new CookieContainer());
        await StaffAccounts.SignInAsync(onA, admin.Email!, StaffAccounts.Password);
        using var readerB = _site.B.Reader();

        // Until B answers from the output cache in Redis: the output cache stores a page after the response has gone,
        // so a page stored late (after A's eviction) would otherwise make this test race with itself.
        await AnsweredFromCacheAsync(readerB, "/");
        var before = await PortalFactory.GetDocumentAsync(readerB, "/");
        var phone = "0236 3" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(phone, before.QuerySelector(".site-footer")!.TextContent, StringComparison.Ordinal);

        using (var saved = await onA.SubmitAsync("/admin/cai-dat-trang", new Dictionary<string, string> { ["Phone"] = phone }, "form.site-settings"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await PortalFactory.GetDocumentAsync(readerB, "/");
        Assert.Equal(phone, after.QuerySelector(".site-footer a[href^='tel:']")!.TextContent);
    }

    [Fact]
    public async Task SectionRenamedOnA_UncachedPageOnBShowsItAtOnce()
    {
        var admin = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Administrator);
        using var onA = _site.A.Staff(new CookieContainer());
        await StaffAccounts.SignInAsync(onA, admin.Email!, StaffAccounts.Password);
        using var readerB = _site.B.Reader();
        var name = "Biển đảo " + Guid.NewGuid().ToString("N")[..6];
        using (var created = await onA.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string> { ["Name"] = name }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var id = await _site.A.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

        // B keeps the section lists in Redis (each search has a query string never asked, so no page is cached).
        Assert.Contains(name, MenuNames(await PortalFactory.GetDocumentAsync(readerB, "/tim-kiem?q=a" + Guid.NewGuid().ToString("N")[..8])));
        using (var renamed = await onA.SubmitAsync($"/admin/chuyen-muc/{id}", new Dictionary<string, string> { ["Name"] = name + " mới" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        var after = await PortalFactory.GetDocumentAsync(readerB, "/tim-kiem?q=b" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Contains(name + " mới", MenuNames(after));
        Assert.Contains(name + " mới", after.QuerySelectorAll("#search-category option").Select(o => o.TextContent));

        static List<string> MenuNames(IHtmlDocument page) =>
            page.QuerySelectorAll(".site-header .section-menu a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task ScheduledArticle_BothInstancesRunTheJob_PublishedExactlyOnce()
    {
        var article = await TestArticles.AddAsync(_site.A, "Lễ hội đua ghe ngo hẹn giờ", ArticleStatus.Scheduled, DateTimeOffset.UtcNow.AddSeconds(2));

        // Both instances run the job every second; wait for the publication, then a few more ticks of both.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await StatusAsync(article.Id) != ArticleStatus.Published)
        {
            Assert.True(DateTime.UtcNow < deadline, "the scheduled article was not published within 60 s");
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal(1, await _site.A.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id && r.Summary == "Xuất bản theo lịch")));
        Assert.Equal(1, await _site.A.WithDbAsync(db => db.AuditEntries.CountAsync(e =>
            e.Action == AuditActions.ArticleTransition && e.Target == "Article:" + article.Id && e.UserName == EditorIdentity.ScheduleName)));
        using var readerB = _site.B.Reader();
        Assert.Equal("Lễ hội đua ghe ngo hẹn giờ", await TitleAsync(readerB, "/tin-tuc/" + article.Slug));
    }

    [Fact]
    public async Task ImportCommandInAnotherHost_ListsOnBothInstancesRefreshedAtOnce()
    {
        await TestArticles.AddAsync(_site.A, "Bài có sẵn trước khi nhập");
        using var readerA = _site.A.Reader();
        using var readerB = _site.B.Reader();
        const string Sitemap = "/sitemap/bai-viet-1.xml";

        // The sitemap is cached (in Redis, one entry for both instances: same public host) before the import.
        var before = await TextAsync(readerB, Sitemap);
        Assert.Equal(before, await TextAsync(readerA, Sitemap));
        Assert.True(await CachedEntriesAsync() > 0);

        var folder = Path.Combine(Path.GetTempPath(), "pp-import-multi-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "ghe-ngo.txt");
            await File.WriteAllTextAsync(file, Export);

            // A host that is not serving, like the `import` command's own process, with the same settings.
            int code;
            using (var importer = new SiteInstance(_site.Site, kestrel: false))
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                code = await ImportCommand.RunAsync(importer.Services, ["import", file], output, error);
                Assert.True(code == 0, error.ToString());
            }

            var slug = await _site.A.WithDbAsync(db => db.Articles.Where(a => a.Title == "Sóc Trăng tập đua ghe ngo").Select(a => a.Slug).SingleAsync());
            Assert.DoesNotContain(slug, before, StringComparison.Ordinal);
            Assert.Contains(slug, await TextAsync(readerB, Sitemap), StringComparison.Ordinal);
            Assert.Contains(slug, await TextAsync(readerA, Sitemap), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Readiness_ChecksDatabaseAndRedis_Healthy()
    {
        using var readerB = _site.B.Reader();

        using var ready = await readerB.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.IsType<PublishingPortal.Web.Infrastructure.RedisStoreGuard>(_site.B.Services.GetRequiredService<IOutputCacheStore>());
    }

    [Fact]
    public async Task FormPostedOnAAfterSignInEnded_KeptInRedis_BackAfterSigningInOnB()
    {
        var user = await StaffAccounts.CreateUserAsync(_site.A, NewsroomRoles.Reporter);
        var jar = new CookieContainer();
        using var onA = _site.A.Staff(jar);
        using var onB = _site.B.Staff(jar);
        await StaffAccounts.SignInAsync(onA, user.Email!, StaffAccounts.Password);
        var form = (IHtmlFormElement)(await onA.GetDocumentAsync("/admin/bai-viet/tao-moi")).QuerySelector("#article-form")!;
        jar.GetCookies(_site.A.Address)["pp-auth"]!.Expired = true;

        using var posted = await onA.SubmitAsync(form, "/admin/bai-viet/tao-moi", new Dictionary<string, string>
        {
            ["Title"] = "Bài giữ lại trong Redis",
            ["BodyMarkdown"] = "Nội dung gõ trên máy thứ nhất.",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var signedIn = await onB.SubmitAsync(posted.Headers.Location!.OriginalString, new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = StaffAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var page = await onB.GetDocumentAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal("Bài giữ lại trong Redis", page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Nội dung gõ trên máy thứ nhất.", page.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim());
    }

    [Fact]
    public async Task DistributedCache_WrittenOnA_ReadOnB()
    {
        var key = "thu-" + Guid.NewGuid().ToString("N");
        await _site.A.Services.GetRequiredService<IDistributedCache>().SetStringAsync(key, "Giá trị dùng chung");

        Assert.Equal("Giá trị dùng chung", await _site.B.Services.GetRequiredService<IDistributedCache>().GetStringAsync(key));
        Assert.IsAssignableFrom<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache>(_site.B.Services.GetRequiredService<IDistributedCache>());
    }

    private const string Export = """
        PublishingPortal - Block_BanTin_Toolbar

        20/09/2024
        Tăng cỡ chữ Giảm cỡ chữ
        Sóc Trăng tập đua ghe ngo
        Các đội ghe ngo luyện tập cho lễ hội Oóc Om Bóc.

        PublishingPortal - Block_BanTin_ViewData

        Đội ghe ngo trên sông Maspero

        Hơn năm mươi đội ghe đăng ký tham gia năm nay.

        Thực hiện: Thạch Sang.
        """;

    private Task<ArticleStatus> StatusAsync(int id) =>
        _site.A.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    // Entries of this site's output cache in Redis (values under the site's key prefix).
    private async Task<int> CachedEntriesAsync()
    {
        var redis = _site.B.Services.GetRequiredService<IConnectionMultiplexer>();
        var server = redis.GetServer(redis.GetEndPoints().Single());
        var count = 0;
        await foreach (var _ in server.KeysAsync(pattern: _site.Site.InstanceName + "__MSOCV_*"))
        {
            count++;
        }

        return count;
    }

    private static async Task AnsweredFromCacheAsync(HttpClient reader, string url)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} was never answered from the output cache");
    }

    private static async Task<string> TitleAsync(HttpClient reader, string url)
    {
        using var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("h1")!.TextContent.Trim();
    }

    private static async Task<string> TextAsync(HttpClient reader, string url)
    {
        using var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
