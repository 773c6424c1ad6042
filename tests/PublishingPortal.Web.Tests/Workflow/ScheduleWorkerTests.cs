using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Workflow;

/// <summary>The job runs by itself in the host, also for articles that fell due while the site was down.</summary>
public sealed class ScheduleWorkerTests : IClassFixture<ScheduleWorkerTests.FastScheduleFactory>
{
    private readonly FastScheduleFactory _factory;

    public ScheduleWorkerTests(FastScheduleFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Worker_ScheduledArticleFallsDue_PublishedWithinSeconds()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài hẹn giờ chạy nền", ArticleStatus.Scheduled, DateTimeOffset.UtcNow.AddSeconds(2));

        var status = ArticleStatus.Scheduled;
        for (var i = 0; i < 100 && status != ArticleStatus.Published; i++)
        {
            await Task.Delay(100);
            status = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync());
        }

        Assert.Equal(ArticleStatus.Published, status);
    }

    public sealed class FastScheduleFactory : PortalFactory
    {
        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Schedule:IntervalSeconds", "1");
        }
    }
}
