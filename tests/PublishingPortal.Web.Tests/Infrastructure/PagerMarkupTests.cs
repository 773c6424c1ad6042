using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Infrastructure;

// Every paged list renders Views/Shared/_Pager.cshtml: the same element, labels and rel links, only the
// page URLs differ. Each list is filled to at least three pages and read on page 2, so both links show;
// the link back to page 1 leaves the page number out, as the URL builders do.
public sealed partial class PagerMarkupTests : IClassFixture<EmptyPortalFactory>
{
    private const string Expected =
        """<nav class="pager" aria-label="Phân trang"><a href="#" rel="prev">« Trang trước</a><span>Trang 2 / N</span><a href="#" rel="next">Trang sau »</a></nav>""";

    private readonly EmptyPortalFactory _factory;

    public PagerMarkupTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task EveryList_PageTwo_SamePagerMarkupWithWorkingLinks()
    {
        var word = "Pagvorn" + Guid.NewGuid().ToString("N")[..6];
        var (sectionSlug, articleId) = await AddArticlesAsync(word, 41);
        await AddPhotosAsync(word, 49);
        await AddAccountsAsync(41);
        await AddAuditEntriesAsync(word, 101);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var _ = admin;
        var reader = StaffAccounts.CreateClient(_factory);
        using var __ = reader;

        var lists = new (string Name, BrowserLikeClient Client, string Url)[]
        {
            ("chuyên mục", reader, $"/chuyen-muc/{sectionSlug}?trang=2"),
            ("tìm kiếm", reader, $"/tim-kiem?q={word}&trang=2"),
            ("bài viết (quản trị)", admin, $"/admin/bai-viet?q={word}&trang=2"),
            ("thư viện ảnh", admin, $"/admin/anh?q={word}&trang=2"),
            ("ảnh của bài", admin, $"/admin/bai-viet/{articleId}/anh?q={word}&trang=2"),
            ("tài khoản", admin, "/admin/tai-khoan?trang=2"),
            ("nhật ký", admin, $"/admin/nhat-ky?nguoi={word}&trang=2"),
        };

        foreach (var (name, client, url) in lists)
        {
            var pager = Assert.Single((await client.GetDocumentAsync(url)).QuerySelectorAll("nav.pager"));
            Assert.True(Expected == Normalized(pager), $"{name}: {pager.OuterHtml}");
            Assert.StartsWith("Trang 2 / ", pager.QuerySelector("span")!.TextContent, StringComparison.Ordinal);

            var previousUrl = pager.QuerySelector("a[rel=prev]")!.GetAttribute("href")!;
            var nextUrl = pager.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
            // Page 1 has one URL, the list's own: no "trang=1" beside it.
            Assert.False(previousUrl.Contains("trang=", StringComparison.Ordinal), $"{name}: {previousUrl}");
            Assert.True(nextUrl.Contains("trang=3", StringComparison.Ordinal), $"{name}: {nextUrl}");

            var previous = await client.GetDocumentAsync(previousUrl);
            var next = await client.GetDocumentAsync(nextUrl);
            Assert.StartsWith("Trang 1 / ", previous.QuerySelector("nav.pager span")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Trang 3 / ", next.QuerySelector("nav.pager span")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnePageList_NoPager()
    {
        var word = "Solvorn" + Guid.NewGuid().ToString("N")[..6];
        await AddArticlesAsync(word, 2);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var _ = admin;

        Assert.Empty((await admin.GetDocumentAsync($"/admin/bai-viet?q={word}")).QuerySelectorAll("nav.pager"));
        Assert.Empty((await admin.GetDocumentAsync($"/tim-kiem?q={word}")).QuerySelectorAll("nav.pager"));
    }

    // Hrefs and the page count are the only parts allowed to differ; whitespace between tags is layout.
    private static string Normalized(IElement pager)
    {
        var html = HrefPattern().Replace(pager.OuterHtml, "href=\"#\"");
        html = PageCountPattern().Replace(html, "Trang 2 / N<");
        return BetweenTagsPattern().Replace(html, "><").Trim();
    }

    private async Task<(string SectionSlug, int FirstArticleId)> AddArticlesAsync(string word, int count)
    {
        var slug = word.ToLowerInvariant();
        var renderer = new ArticleBodyRenderer();
        var now = DateTimeOffset.UtcNow;
        var firstId = await _factory.WithDbAsync(async db =>
        {
            var category = new Category { Name = "Chuyên mục " + word, Slug = slug, SortOrder = 99 };
            db.Categories.Add(category);
            var articles = Enumerable.Range(1, count).Select(i => new Article
            {
                Title = $"{word} bài số {i}",
                Slug = $"{slug}-bai-so-{i}",
                Lead = "Tóm tắt " + word,
                BodyMarkdown = "Nội dung " + word,
                BodyHtml = renderer.Render("Nội dung " + word, []),
                Status = ArticleStatus.Published,
                Category = category,
                PublishedAt = now.AddMinutes(-i),
                CreatedAt = now,
                UpdatedAt = now.AddMinutes(-i),
            }).ToList();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();
            return articles[0].Id;
        });
        await _factory.EvictReaderPagesAsync();
        return (slug, firstId);
    }

    private async Task AddPhotosAsync(string word, int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var file = Path.Combine(_factory.Root, Guid.NewGuid().ToString("N") + ".jpg");
        await File.WriteAllBytesAsync(file, TestImages.Jpeg(32, 24));
        for (var i = 0; i < count; i++)
        {
            await library.AddFileAsync(file, new MediaDetails("Ảnh " + word, false, "Ảnh " + word, null));
        }

        File.Delete(file);
    }

    // Rows without a password: the list only reads them, and hashing 41 passwords would only slow the test.
    private Task<int> AddAccountsAsync(int count) =>
        _factory.WithDbAsync(db =>
        {
            db.Users.AddRange(Enumerable.Range(1, count).Select(i => new PortalUser
            {
                UserName = $"phan-trang-{i}-{Guid.NewGuid():N}@test.local",
                NormalizedUserName = $"PHAN-TRANG-{i}-{Guid.NewGuid():N}@TEST.LOCAL",
                Email = $"phan-trang-{i}@test.local",
                DisplayName = $"Người phân trang {i}",
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            return db.SaveChangesAsync();
        });

    private Task<int> AddAuditEntriesAsync(string word, int count) =>
        _factory.WithDbAsync(db =>
        {
            db.AuditEntries.AddRange(Enumerable.Range(1, count).Select(i => new AuditEntry
            {
                At = DateTimeOffset.UtcNow.AddMinutes(-i),
                UserName = word,
                Action = AuditActions.SignIn,
                Details = "muc-" + i,
            }));
            return db.SaveChangesAsync();
        });

    [GeneratedRegex("href=\"[^\"]*\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"Trang 2 / \d+<")]
    private static partial Regex PageCountPattern();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTagsPattern();
}
