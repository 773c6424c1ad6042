using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Reading;

public abstract class ArticlePageTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected ArticlePageTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Show_SeededArticle_RendersLegacyBlocksAndSemantics()
    {
        using var client = _factory.CreateReader();
        var slug = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Figures.Any(f => f.ImagePath != null)).Select(a => a.Slug).FirstAsync());

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + slug);

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var toolbar = Assert.Single(page.QuerySelectorAll(".Block_BanTin_Toolbar"));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", toolbar.QuerySelector("time")!.TextContent.Trim());
        foreach (var label in new[] { "Tăng cỡ chữ", "Giảm cỡ chữ", "Cỡ chữ mặc định", "In bài" })
        {
            Assert.Contains(toolbar.QuerySelectorAll("a, button"), e => e.TextContent.Contains(label, StringComparison.Ordinal));
        }

        var block = Assert.Single(page.QuerySelectorAll(".Block_BanTin_ViewData"));
        var article = Assert.Single(block.QuerySelectorAll("article"));
        Assert.False(string.IsNullOrWhiteSpace(article.QuerySelector("h1")!.TextContent));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", article.QuerySelector("time[datetime]")!.GetAttribute("datetime"));
        Assert.NotNull(article.QuerySelector(".lead"));
        var body = article.QuerySelector(".article-body")!;
        var figure = body.QuerySelector("figure")!;
        var img = figure.QuerySelector("img")!;
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt")));
        Assert.Equal("1200", img.GetAttribute("width"));
        Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")!.TextContent));
        var byline = article.QuerySelector(".byline")!;
        Assert.Same(byline, article.QuerySelectorAll("p").Last(p => !p.ClassList.Contains("print-url") && !p.ClassList.Contains("source")));
    }

    [Fact]
    public async Task Show_Article_HasOpenGraphAndNewsArticleJsonLd()
    {
        using var client = _factory.CreateReader();
        var article = await TestArticles.AddAsync(_factory, "Bài có dữ liệu cấu trúc", publishedAt: new DateTimeOffset(2024, 4, 24, 17, 30, 0, TimeSpan.Zero));

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + article.Slug);

        Assert.Equal(article.Title, Assert.Single(page.QuerySelectorAll("meta[property='og:title']")).GetAttribute("content"));
        Assert.Equal(article.Title, page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.EndsWith("/tin-tuc/" + article.Slug, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(article.Title, root.GetProperty("headline").GetString());
        Assert.Equal("2024-04-25T00:30:00+07:00", root.GetProperty("datePublished").GetString());
        Assert.Equal(article.Byline, root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(article.Lead, root.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Show_ServerInUtc_DateShownInSiteTimeZone()
    {
        using var client = _factory.CreateReader();
        // 17:30 UTC on the 24th is already the 25th in Hà Nội (UTC+7).
        var article = await TestArticles.AddAsync(_factory, "Bài đăng lúc nửa đêm", publishedAt: new DateTimeOffset(2024, 4, 24, 17, 30, 0, TimeSpan.Zero));

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + article.Slug);

        Assert.Equal("25/04/2024", page.QuerySelector(".Block_BanTin_Toolbar time")!.TextContent.Trim());
        Assert.Equal("2024-04-25T00:30:00+07:00", page.QuerySelector(".Block_BanTin_Toolbar time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    [InlineData("/tin-tuc/CHU-HOA")]
    [InlineData("/tin-tuc/%3Cscript%3E")]
    [InlineData("/khong-co-trang-nay")]
    public async Task Show_UnknownOrMalformedSlug_VietnameseNotFound(string url)
    {
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Show_OldSlug_RedirectsPermanentlyToCurrent()
    {
        using var client = _factory.CreateReader();
        var article = await TestArticles.AddAsync(_factory, "Bài sẽ đổi địa chỉ");
        var oldSlug = article.Slug;
        var newSlug = "bai-da-doi-dia-chi-" + Guid.NewGuid().ToString("N")[..6];
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.OldSlugs).SingleAsync(a => a.Id == article.Id);
            stored.ChangeSlug(newSlug);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();

        using var response = await client.GetAsync("/tin-tuc/" + oldSlug);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tin-tuc/" + newSlug, response.Headers.Location!.OriginalString);
        using var current = await client.GetAsync("/tin-tuc/" + newSlug);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, -5)]
    [InlineData(ArticleStatus.InReview, -5)]
    [InlineData(ArticleStatus.Unpublished, -5)]
    [InlineData(ArticleStatus.Trashed, -5)]
    [InlineData(ArticleStatus.Scheduled, 60)]
    [InlineData(ArticleStatus.Published, 60)]
    public async Task Show_NotVisibleToReaders_NotFoundAndNotOnHome(ArticleStatus status, int minutesFromNow)
    {
        using var client = _factory.CreateReader();
        var article = await TestArticles.AddAsync(_factory, "Bài chưa được đọc " + status, status, DateTimeOffset.UtcNow.AddMinutes(minutesFromNow));

        using var response = await client.GetAsync("/tin-tuc/" + article.Slug);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var home = await PortalFactory.GetDocumentAsync(client, "/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/tin-tuc/" + article.Slug);
    }

    [Fact]
    public async Task Show_HostileMarkdown_RendersNoScriptOrHandler()
    {
        using var client = _factory.CreateReader();
        var article = await TestArticles.AddAsync(
            _factory,
            "Bài có mã độc",
            body: "Chữ <script>alert(1)</script> và <img src=x onerror=alert(2)> cùng [liên kết](javascript:alert(3)).");

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + article.Slug);

        var body = page.QuerySelector(".article-body")!;
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ListsPublishedArticlesNewestFirstWithLinks()
    {
        using var client = _factory.CreateReader();
        var older = await TestArticles.AddAsync(_factory, "Bài cũ hơn trên trang chủ", publishedAt: DateTimeOffset.UtcNow.AddMinutes(-3));
        var newer = await TestArticles.AddAsync(_factory, "Bài mới hơn trên trang chủ", publishedAt: DateTimeOffset.UtcNow.AddMinutes(-1));

        var home = await PortalFactory.GetDocumentAsync(client, "/");

        var links = home.QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(links.IndexOf("/tin-tuc/" + newer.Slug) >= 0, "newer article listed");
        Assert.True(links.IndexOf("/tin-tuc/" + newer.Slug) < links.IndexOf("/tin-tuc/" + older.Slug), "newest first");
    }
}

/// <summary>The tests of <see cref="ArticlePageTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ArticlePageTests(PortalFactory factory) : ArticlePageTests<PortalFactory>(factory);
