using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Tests.Search;

namespace PublishingPortal.Web.Tests.Reading;

/// <summary>
/// One rule (<see cref="ReaderVisibility"/>) decides what readers see, so the article page, the lists, the feed
/// and search agree: a scheduled article, one published with a future time, and an expired one (before the
/// scheduler takes it down) are hidden from all of them alike.
/// </summary>
public abstract class ReaderVisibilityTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected ReaderVisibilityTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ScheduledFutureAndExpired_HiddenFromPageListsFeedAndSearchAlike()
    {
        var now = DateTimeOffset.UtcNow;
        var section = new Category { Name = "Đời sống", Slug = "doi-song-" + Guid.NewGuid().ToString("N")[..6] };
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(section);
            return await db.SaveChangesAsync();
        });
        var visible = await TestArticles.AddAsync(_factory, "Quorvex đã đăng", publishedAt: now.AddHours(-1));
        var scheduled = await TestArticles.AddAsync(_factory, "Quorvex hẹn giờ", ArticleStatus.Scheduled, now.AddDays(1));
        var future = await TestArticles.AddAsync(_factory, "Quorvex giờ đăng chưa tới", ArticleStatus.Published, now.AddHours(2));
        var expired = await TestArticles.AddAsync(_factory, "Quorvex đã hết hạn", publishedAt: now.AddDays(-2));
        await _factory.WithDbAsync(async db =>
        {
            await db.Articles.Where(a => a.Id == expired.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ExpiresAt, now.AddMinutes(-1)));
            return await db.Articles.Where(a => a.Title.StartsWith("Quorvex")).ExecuteUpdateAsync(s => s.SetProperty(a => a.CategoryId, section.Id));
        });
        await _factory.EvictReaderPagesAsync();
        var hidden = new[] { scheduled, future, expired };
        using var reader = _factory.CreateReader();

        using (var shown = await reader.GetAsync("/tin-tuc/" + visible.Slug))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }

        foreach (var article in hidden)
        {
            using var page = await reader.GetAsync("/tin-tuc/" + article.Slug);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        var home = await LinksAsync(reader, "/");
        var list = await LinksAsync(reader, "/chuyen-muc/" + section.Slug);
        var feed = await reader.GetStringAsync($"/rss/{section.Slug}.xml");
        var search = SearchPages.Links(await SearchPages.SearchAsync(_factory, "quorvex"));
        Assert.Contains("/tin-tuc/" + visible.Slug, home);
        Assert.Equal(["/tin-tuc/" + visible.Slug], list.Where(l => l.StartsWith("/tin-tuc/", StringComparison.Ordinal)).Distinct().ToList());
        Assert.Contains("/tin-tuc/" + visible.Slug, feed, StringComparison.Ordinal);
        Assert.Equal(["/tin-tuc/" + visible.Slug], search);
        foreach (var article in hidden)
        {
            Assert.DoesNotContain("/tin-tuc/" + article.Slug, home);
            Assert.DoesNotContain("/tin-tuc/" + article.Slug, feed, StringComparison.Ordinal);
        }
    }

    private static async Task<List<string>> LinksAsync(HttpClient reader, string url) =>
        (await PortalFactory.GetDocumentAsync(reader, url)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
}

/// <summary>The tests of <see cref="ReaderVisibilityTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ReaderVisibilityTests(EmptyPortalFactory factory) : ReaderVisibilityTests<EmptyPortalFactory>(factory);
