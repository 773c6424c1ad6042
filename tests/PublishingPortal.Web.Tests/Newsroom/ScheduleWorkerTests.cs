using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Tests.Newsroom;

/// <summary>
/// The job runs by itself, at start (for articles that fell due while the site was down) and on every tick of its
/// clock. The clock is a <see cref="FakeTimeProvider"/> moved by the test, so nothing waits for real seconds; the
/// test waits for the run's own log line instead.
/// </summary>
public sealed class ScheduleWorkerTests : IClassFixture<ScheduleWorkerTests.ManualScheduleFactory>
{
    private const int Interval = 20;

    private readonly ManualScheduleFactory _factory;

    public ScheduleWorkerTests(ManualScheduleFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Worker_ScheduledArticleFallsDue_PublishedOnTheNextTick()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var article = await TestArticles.AddAsync(_factory, "Bài hẹn giờ chạy nền", ArticleStatus.Scheduled, clock.GetUtcNow().AddSeconds(30));
        var runs = new RunLog();
        using var worker = Worker(clock, runs);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(article.Id));

            // Two intervals later the article's time has passed; the tick runs the job at the fake clock's instant.
            clock.Advance(TimeSpan.FromSeconds(2 * Interval));

            Assert.Equal("Schedule: 1 published, 0 expired", await runs.Changed.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(ArticleStatus.Published, await StatusAsync(article.Id));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Worker_ArticleFellDueWhileStopped_PublishedByTheRunAtStart()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var article = await TestArticles.AddAsync(_factory, "Bài đến giờ khi trang tắt", ArticleStatus.Scheduled, clock.GetUtcNow().AddHours(-1));
        var runs = new RunLog();
        using var worker = Worker(clock, runs);

        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal("Schedule: 1 published, 0 expired", await runs.Changed.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(ArticleStatus.Published, await StatusAsync(article.Id));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private ScheduleWorker Worker(FakeTimeProvider clock, RunLog runs) =>
        new(_factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(new ScheduleOptions { IntervalSeconds = Interval }), runs);

    private Task<ArticleStatus> StatusAsync(int id) =>
        _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    /// <summary>The worker's log: completes <see cref="Changed"/> with the first run that changed something, or fails it with the first error.</summary>
    private sealed class RunLog : ILogger<ScheduleWorker>
    {
        private readonly TaskCompletionSource<string> _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Changed => _changed.Task;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                _changed.TrySetException(exception ?? new InvalidOperationException(formatter(state, exception)));
            }
            else
            {
                _changed.TrySetResult(formatter(state, exception));
            }
        }
    }

    /// <summary>No demo content, and the host's own worker off: only the test's worker, on the test's clock, runs the job.</summary>
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
