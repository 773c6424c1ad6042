using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.Tests.Feeds;

public sealed class SectionPageTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public SectionPageTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task CategoryPage_PagedNewestFirst_EdgeCasesNever500()
    {
        var category = new Category { Name = "Giáo dục", Slug = "giao-duc-" + Guid.NewGuid().ToString("N")[..4] };
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(category);
            return await db.SaveChangesAsync();
        });
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var ids = new List<int>();
        for (var i = 0; i < ArticleQueries.ListPageSize + 3; i++)
        {
            var a = await TestArticles.AddAsync(_factory, $"Bài giáo dục số {i}", publishedAt: start.AddMinutes(i));
            ids.Add(a.Id);
        }

        var hidden = await TestArticles.AddAsync(_factory, "Bài giáo dục nháp", ArticleStatus.Draft);
        ids.Add(hidden.Id);
        await _factory.WithDbAsync(async db =>
        {
            await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.CategoryId, category.Id));
            return 0;
        });
        await _factory.EvictReaderPagesAsync();
        using var client = _factory.CreateReader();
        var basePath = "/chuyen-muc/" + category.Slug;

        var page1 = await PortalFactory.GetDocumentAsync(client, basePath);
        var titles1 = page1.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(ArticleQueries.ListPageSize, titles1.Count);
        Assert.Equal($"Bài giáo dục số {ArticleQueries.ListPageSize + 2}", titles1[0]);
        Assert.DoesNotContain("Bài giáo dục nháp", titles1);
        Assert.NotNull(page1.QuerySelector("link[rel=next]"));

        var page2 = await PortalFactory.GetDocumentAsync(client, basePath + "?trang=2");
        Assert.Equal(3, page2.QuerySelectorAll(".article-list h2 a").Length);
        Assert.Equal("Bài giáo dục số 0", page2.QuerySelectorAll(".article-list h2 a")[^1].TextContent);

        foreach (var bad in new[] { "0", "-1", "abc", "1.5", "99999999999999999999" })
        {
            using var response = await client.GetAsync(basePath + "?trang=" + bad);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"trang={bad}: {(int)response.StatusCode}");
            Assert.Equal(basePath, response.Headers.Location!.OriginalString);
        }

        // An empty page number is no page number: page 1.
        Assert.Equal(ArticleQueries.ListPageSize, (await PortalFactory.GetDocumentAsync(client, basePath + "?trang=")).QuerySelectorAll(".article-list h2 a").Length);

        using var past = await client.GetAsync(basePath + "?trang=3");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        using var unknown = await client.GetAsync("/chuyen-muc/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TagPage_ListsTaggedArticlesOnly()
    {
        var tagged = await TestArticles.AddAsync(_factory, "Bài có từ khóa chuyển đổi số");
        var other = await TestArticles.AddAsync(_factory, "Bài không có từ khóa");
        var slug = "chuyen-doi-so-" + Guid.NewGuid().ToString("N")[..4];
        await _factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == tagged.Id);
            article.Tags.Add(new Tag { Name = "Chuyển đổi số", Slug = slug });
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        using var client = _factory.CreateReader();

        var page = await PortalFactory.GetDocumentAsync(client, "/tu-khoa/" + slug);

        var titles = page.QuerySelectorAll(".article-list h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal([tagged.Title], titles);
        Assert.DoesNotContain(other.Title, titles);
        Assert.Equal("Chuyển đổi số", page.QuerySelector("h1")!.TextContent.Replace("Từ khóa:", "", StringComparison.Ordinal).Trim());

        // Every page describes itself to search engines and social networks.
        Assert.Equal("Chuyển đổi số", Assert.Single(page.QuerySelectorAll("meta[property='og:title']")).GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.EndsWith("/tu-khoa/" + slug, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
    }
}
