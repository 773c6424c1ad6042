using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Tests.Newsroom;

/// <summary>
/// Scheduled publishing across instances (issue 9): two hosts on one SQLite file run the scheduler at the same
/// instant, and each due article is published once (one revision, one audit entry), by the instance that holds
/// the lease; the other reports nothing. When the holder stops renewing, the other takes over after the lease.
/// </summary>
public sealed class ScheduleLeaseTests
{
    [Fact]
    public async Task TwoHostsRacing_PublishEachDueArticleOnce_ThenTheOtherTakesOverAfterTheLease()
    {
        var database = Path.Combine(Path.GetTempPath(), "pp-lease-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var first = new SharedDatabasePortal(database);
            _ = first.Services; // Starts the host and migrates before the second host opens the file.
            using var second = new SharedDatabasePortal(database);
            _ = second.Services;

            var at = DateTimeOffset.UtcNow.AddHours(1);
            var ids = new List<int>();
            for (var i = 0; i < 5; i++)
            {
                ids.Add((await TestArticles.AddAsync(first, $"Bài hẹn giờ song song {i}", ArticleStatus.Scheduled, at)).Id);
            }

            var results = await Task.WhenAll(RunAsync(first, at.AddSeconds(1)), RunAsync(second, at.AddSeconds(1)));

            Assert.Equal(5, results.Sum(r => r.Published));
            Assert.Contains(results, r => r.Published == 0);
            foreach (var id in ids)
            {
                Assert.Equal(ArticleStatus.Published, await first.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
                Assert.Equal(1, await first.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id && r.Summary == "Xuất bản theo lịch")));
                Assert.Equal(1, await first.WithDbAsync(db => db.AuditEntries.CountAsync(e =>
                    e.Action == AuditActions.ArticleTransition && e.Target == "Article:" + id && e.UserName == EditorIdentity.ScheduleName)));
            }

            // The holder stops; once its lease has run out the other instance claims it and does the next due work.
            var holder = results[0].Published == 5 ? first : second;
            var other = ReferenceEquals(holder, first) ? second : first;
            var later = at.AddMinutes(30);
            var next = await TestArticles.AddAsync(first, "Bài hẹn giờ sau khi đổi máy", ArticleStatus.Scheduled, later);

            Assert.Equal(0, (await RunAsync(other, later.AddSeconds(-30))).Published);
            Assert.Equal(1, (await RunAsync(other, later.AddSeconds(1))).Published);
            Assert.Equal(0, (await RunAsync(holder, later.AddSeconds(2))).Published);
            Assert.Equal(ArticleStatus.Published, await first.WithDbAsync(db => db.Articles.Where(a => a.Id == next.Id).Select(a => a.Status).SingleAsync()));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(int Published, int Expired)> RunAsync(PortalFactory host, DateTimeOffset now)
    {
        await Task.Yield();
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunDueAsync(now);
    }

    /// <summary>One instance: its own media and logs, the shared database, the timer off so only the test runs the job.</summary>
    private sealed class SharedDatabasePortal(string database) : PortalFactory
    {
        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={database}");
            builder.UseSetting("Schedule:Enabled", "false");
        }
    }
}
