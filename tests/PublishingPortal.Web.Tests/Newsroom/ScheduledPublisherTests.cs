using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Tests.Newsroom;

public sealed class ScheduledPublisherTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;
    private readonly SiteTimeZone _site = new();

    public ScheduledPublisherTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task RunDue_SiteUtcPlus7_PublishesAtTheExactInstant()
    {
        // Editors typed 08:00 on 25/04/2030 in Hà Nội time: that is 01:00 UTC.
        var at = _site.FromSiteTime(new DateOnly(2030, 4, 25), new TimeOnly(8, 0));
        Assert.Equal(new DateTimeOffset(2030, 4, 25, 1, 0, 0, TimeSpan.Zero), at);
        var article = await TestArticles.AddAsync(_factory, "Bài hẹn giờ tám giờ sáng", ArticleStatus.Scheduled, at);

        await RunAsync(at.AddSeconds(-1));
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(article.Id));

        var (published, _) = await RunAsync(at);
        Assert.True(published >= 1);
        Assert.Equal(ArticleStatus.Published, await StatusAsync(article.Id));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditActions.ArticleTransition && e.Target == "Article:" + article.Id && e.UserName == EditorIdentity.ScheduleName)));
    }

    [Fact]
    public async Task RunDue_Expired_UnpublishedAndGoneFromPublicPage()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài sắp hết hạn", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        using var reader = _factory.CreateReader();
        using (var before = await reader.GetAsync("/tin-tuc/" + article.Slug))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var expiry = DateTimeOffset.UtcNow.AddMinutes(-1);
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.ExpiresAt = expiry;
            return await db.SaveChangesAsync();
        });

        var (_, expired) = await RunAsync(DateTimeOffset.UtcNow);

        Assert.True(expired >= 1);
        Assert.Equal(ArticleStatus.Unpublished, await StatusAsync(article.Id));
        using var after = await reader.GetAsync("/tin-tuc/" + article.Slug);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task ReaderQueries_ExpiredBeforeTheJobRuns_AlreadyHidden()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài hết hạn chưa xử lý", publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        using var reader = _factory.CreateReader();

        using var response = await reader.GetAsync("/tin-tuc/" + article.Slug);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ArticleStatus.Published, await StatusAsync(article.Id));
    }

    private async Task<(int Published, int Expired)> RunAsync(DateTimeOffset now)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunDueAsync(now);
    }

    private Task<ArticleStatus> StatusAsync(int id) =>
        _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}
