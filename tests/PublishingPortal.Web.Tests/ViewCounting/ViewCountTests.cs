using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.ViewCounting;

namespace PublishingPortal.Web.Tests.ViewCounting;

public sealed class ViewCountTests : IClassFixture<EmptyPortalFactory>
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private readonly EmptyPortalFactory _factory;

    public ViewCountTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Count_CachedPageStillCounts_BotsIgnored_BatchedIntoOneRow()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài đếm lượt xem");
        using var client = _factory.CreateReader();

        // The page is the same cached HTML for everyone; the count comes from the request it triggers.
        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + article.Slug);
        Assert.Equal($"/luot-xem/{article.Id}", page.QuerySelector("[data-view-count-url]")!.GetAttribute("data-view-count-url"));
        Assert.Contains($"/luot-xem/{article.Id}.gif", page.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            using var beacon = new HttpRequestMessage(HttpMethod.Post, $"/luot-xem/{article.Id}");
            beacon.Headers.UserAgent.ParseAdd(Firefox);
            using var response = await client.SendAsync(beacon);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        using (var pixel = new HttpRequestMessage(HttpMethod.Get, $"/luot-xem/{article.Id}.gif"))
        {
            pixel.Headers.UserAgent.ParseAdd(Firefox);
            using var response = await client.SendAsync(pixel);
            Assert.Equal("image/gif", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        foreach (var bot in new[] { "Googlebot/2.1 (+http://www.google.com/bot.html)", "facebookexternalhit/1.1", "curl/8.0", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/luot-xem/{article.Id}");
            if (bot.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("User-Agent", bot);
            }

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        // Nothing is written per view; the flush writes the batch.
        Assert.Equal(0, await ViewsAsync(article.Id));
        await _factory.Services.GetRequiredService<ViewCountFlusher>().FlushAsync();
        Assert.Equal(4, await ViewsAsync(article.Id));

        using (var again = new HttpRequestMessage(HttpMethod.Post, $"/luot-xem/{article.Id}"))
        {
            again.Headers.UserAgent.ParseAdd(Firefox);
            (await client.SendAsync(again)).Dispose();
        }

        await _factory.Services.GetRequiredService<ViewCountFlusher>().FlushAsync();
        Assert.Equal(5, await ViewsAsync(article.Id));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ArticleViewCounts.CountAsync(v => v.ArticleId == article.Id)));
    }

    [Fact]
    public async Task Count_UnknownArticle_IgnoredWithoutError()
    {
        using var client = _factory.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/luot-xem/987654");
        request.Headers.UserAgent.ParseAdd(Firefox);

        using var response = await client.SendAsync(request);
        await _factory.Services.GetRequiredService<ViewCountFlusher>().FlushAsync();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.ArticleViewCounts.AnyAsync(v => v.ArticleId == 987654)));
    }

    [Fact]
    public async Task Counting_NeverTouchesTheArticleConcurrencyToken()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài đang được sửa khi có người đọc");
        var before = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Version).SingleAsync());
        var buffer = _factory.Services.GetRequiredService<ViewCountBuffer>();
        buffer.Add(article.Id);

        await _factory.Services.GetRequiredService<ViewCountFlusher>().FlushAsync();

        var after = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Version).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Home_MostRead_RankedByViews_OnlyVisibleArticles()
    {
        var popular = await TestArticles.AddAsync(_factory, "Bài được đọc nhiều nhất");
        var less = await TestArticles.AddAsync(_factory, "Bài được đọc ít hơn");
        var draft = await TestArticles.AddAsync(_factory, "Bài nháp nhiều lượt xem", ArticleStatus.Draft);
        await _factory.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.AddRange(
                new ArticleViewCount { ArticleId = popular.Id, Views = 500 },
                new ArticleViewCount { ArticleId = less.Id, Views = 20 },
                new ArticleViewCount { ArticleId = draft.Id, Views = 9000 });
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        using var client = _factory.CreateReader();

        var home = await PortalFactory.GetDocumentAsync(client, "/");

        var mostRead = home.QuerySelectorAll(".most-read a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(mostRead.IndexOf("/tin-tuc/" + popular.Slug) is 0, string.Join(", ", mostRead));
        Assert.True(mostRead.IndexOf("/tin-tuc/" + less.Slug) > 0);
        Assert.DoesNotContain("/tin-tuc/" + draft.Slug, mostRead);

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + popular.Slug);
        Assert.Contains("Lượt xem: 500", page.QuerySelector(".article-views")!.TextContent, StringComparison.Ordinal);
    }

    private Task<long> ViewsAsync(int id) =>
        _factory.WithDbAsync(db => db.ArticleViewCounts.Where(v => v.ArticleId == id).Select(v => v.Views).FirstOrDefaultAsync());
}
