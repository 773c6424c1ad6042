using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Feeds;

public sealed class FeedTests : IClassFixture<EmptyPortalFactory>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private readonly EmptyPortalFactory _factory;

    public FeedTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SiteFeed_ValidRssWithAbsoluteUrlsLeadAndRfc822OffsetDate()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài trong RSS & \"ký tự\" <đặc biệt>", publishedAt: new DateTimeOffset(2024, 4, 24, 17, 30, 0, TimeSpan.Zero), lead: "Sapo của bài trong RSS.");
        using var client = _factory.CreateReader();

        var rss = await GetXmlAsync(client, "/rss/tin-moi.xml", "application/rss+xml");

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        foreach (var required in new[] { "title", "link", "description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(required)?.Value), required);
        }

        var item = channel.Elements("item").Single(i => i.Element("title")!.Value == article.Title);
        Assert.Equal("http://localhost/tin-tuc/" + article.Slug, item.Element("link")!.Value);
        Assert.Equal("Sapo của bài trong RSS.", item.Element("description")!.Value);
        // 17:30 UTC is 00:30 the next day in Hà Nội: RFC 822 with a numeric offset.
        Assert.Equal("Thu, 25 Apr 2024 00:30:00 +0700", item.Element("pubDate")!.Value);
        Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed));
        Assert.Equal(article.PublishedAt, parsed.ToUniversalTime());
    }

    [Fact]
    public async Task SiteFeed_ControlCharactersInContent_StillValidXml()
    {
        var article = await TestArticles.AddAsync(_factory, "Tiêu đề có ký tự điều khiển\u0001\u0008\u000B", lead: "Sapo\u0000 có\u001F ký tự lạ");
        using var client = _factory.CreateReader();

        var rss = await GetXmlAsync(client, "/rss/tin-moi.xml", "application/rss+xml");

        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Contains("Tiêu đề có ký tự điều khiển", titles);
        Assert.Contains(rss.Descendants("description"), d => d.Value == "Sapo có ký tự lạ");
        Assert.NotNull(article);
    }

    [Fact]
    public async Task CategoryFeed_OnlyThatSection_UnknownIs404()
    {
        var (category, inSection) = await AddInNewCategoryAsync("Nông nghiệp " + Guid.NewGuid().ToString("N")[..4]);
        var outside = await TestArticles.AddAsync(_factory, "Bài ngoài chuyên mục");
        using var client = _factory.CreateReader();

        var rss = await GetXmlAsync(client, $"/rss/{category.Slug}.xml", "application/rss+xml");
        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Contains(inSection.Title, titles);
        Assert.DoesNotContain(outside.Title, titles);

        using var unknown = await client.GetAsync("/rss/khong-co-chuyen-muc.xml");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var index = await PortalFactory.GetDocumentAsync(client, "/rss");
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/rss/{category.Slug}.xml");
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, -60)]
    [InlineData(ArticleStatus.InReview, -60)]
    [InlineData(ArticleStatus.Scheduled, 60)]
    [InlineData(ArticleStatus.Published, 60)]
    [InlineData(ArticleStatus.Unpublished, -60)]
    [InlineData(ArticleStatus.Trashed, -60)]
    public async Task FeedsAndSitemaps_HiddenArticles_NeverListed(ArticleStatus status, int minutes)
    {
        var hidden = await TestArticles.AddAsync(_factory, "Bài ẩn " + status + minutes, status, DateTimeOffset.UtcNow.AddMinutes(minutes));
        var expired = await TestArticles.AddAsync(_factory, "Bài hết hạn " + status + minutes);
        await _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == expired.Id)).ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        using var client = _factory.CreateReader();

        var rss = await GetXmlAsync(client, "/rss/tin-moi.xml", "application/rss+xml");
        var sitemap = await GetXmlAsync(client, "/sitemap/bai-viet-1.xml", "application/xml");
        var news = await GetXmlAsync(client, "/sitemap-tin-tuc.xml", "application/xml");

        foreach (var slug in new[] { hidden.Slug, expired.Slug })
        {
            Assert.DoesNotContain(rss.Descendants("link"), l => l.Value.EndsWith("/" + slug, StringComparison.Ordinal));
            Assert.DoesNotContain(sitemap.Descendants(Sm + "loc"), l => l.Value.EndsWith("/" + slug, StringComparison.Ordinal));
            Assert.DoesNotContain(news.Descendants(Sm + "loc"), l => l.Value.EndsWith("/" + slug, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Sitemaps_IndexPartsAndNews_ValidAndComplete()
    {
        var fresh = await TestArticles.AddAsync(_factory, "Bài mới trong sơ đồ trang", publishedAt: DateTimeOffset.UtcNow.AddHours(-2));
        var old = await TestArticles.AddAsync(_factory, "Bài cũ trong sơ đồ trang", publishedAt: DateTimeOffset.UtcNow.AddDays(-3));
        using var client = _factory.CreateReader();

        var index = await GetXmlAsync(client, "/sitemap.xml", "application/xml");
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/sitemap/bai-viet-1.xml", parts);
        Assert.Contains("http://localhost/sitemap/chuyen-muc.xml", parts);

        var part = await GetXmlAsync(client, "/sitemap/bai-viet-1.xml", "application/xml");
        Assert.Equal(Sm + "urlset", part.Root!.Name);
        var urls = part.Root.Elements(Sm + "url").ToList();
        Assert.InRange(urls.Count, 2, 50_000);
        var freshUrl = urls.Single(u => u.Element(Sm + "loc")!.Value == "http://localhost/tin-tuc/" + fresh.Slug);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", freshUrl.Element(Sm + "lastmod")!.Value);

        var news = await GetXmlAsync(client, "/sitemap-tin-tuc.xml", "application/xml");
        var newsUrls = news.Root!.Elements(Sm + "url").ToList();
        var item = newsUrls.Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/" + fresh.Slug, StringComparison.Ordinal));
        Assert.Equal(fresh.Title, item.Element(News + "news")!.Element(News + "title")!.Value);
        Assert.Equal("vi", item.Element(News + "news")!.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.DoesNotContain(newsUrls, u => u.Element(Sm + "loc")!.Value.EndsWith("/" + old.Slug, StringComparison.Ordinal));

        using var beyond = await client.GetAsync("/sitemap/bai-viet-99.xml");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Robots_PointsToSitemapsAndKeepsCrawlersOutOfAdmin()
    {
        using var client = _factory.CreateReader();

        var text = await client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap-tin-tuc.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", text, StringComparison.Ordinal);
    }

    private async Task<(Category Category, Article Article)> AddInNewCategoryAsync(string name)
    {
        var category = new Category { Name = name, Slug = Slugs.FromTitle(name) };
        var article = await TestArticles.AddAsync(_factory, "Bài trong " + name);
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).CategoryId = category.Id;
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        return (category, article);
    }

    private static async Task<XDocument> GetXmlAsync(HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await XDocument.LoadAsync(stream, LoadOptions.None, default);
    }
}
