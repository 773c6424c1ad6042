using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PublishingPortal.Web.ViewCounting;

namespace PublishingPortal.Web.Tests.ViewCounting;

/// <summary>
/// View counts without races (issue 9): two writers (two DbContexts, two connections to one SQLite file)
/// adding to the same articles at once, including each article's first row, lose no count; counts still
/// buffered when the host stops are in the database afterwards.
/// </summary>
public sealed class ViewCountConcurrencyTests : IClassFixture<EmptyPortalFactory>
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private readonly EmptyPortalFactory _factory;

    public ViewCountConcurrencyTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task TwoWritersAtOnce_IncludingFirstInsert_LoseNoCount()
    {
        const int Rounds = 40;
        var first = await TestArticles.AddAsync(_factory, "Bài đếm song song một");
        var second = await TestArticles.AddAsync(_factory, "Bài đếm song song hai");
        var batch = new Dictionary<int, long> { [first.Id] = 3, [second.Id] = 5, [int.MaxValue] = 7 };

        for (var round = 0; round < Rounds; round++)
        {
            var written = await Task.WhenAll(WriteAsync(batch), WriteAsync(batch));
            Assert.Equal([2, 2], written);
        }

        var views = await _factory.WithDbAsync(db => db.ArticleViewCounts
            .Where(v => v.ArticleId == first.Id || v.ArticleId == second.Id)
            .ToDictionaryAsync(v => v.ArticleId, v => v.Views));
        Assert.Equal(2 * Rounds * 3, views[first.Id]);
        Assert.Equal(2 * Rounds * 5, views[second.Id]);
    }

    [Fact]
    public async Task CountsBufferedAtShutdown_AreInTheDatabaseAfterTheHostStops()
    {
        var database = Path.Combine(Path.GetTempPath(), "pp-views-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            int id;
            using (var host = new SlowFlushPortal(database))
            {
                id = (await TestArticles.AddAsync(host, "Bài đếm khi dừng")).Id;
                using var client = host.CreateReader();
                for (var i = 0; i < 4; i++)
                {
                    using var beacon = new HttpRequestMessage(HttpMethod.Post, $"/luot-xem/{id}");
                    beacon.Headers.UserAgent.ParseAdd(Firefox);
                    using var response = await client.SendAsync(beacon);
                    Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
                }

                // Flushes every 300 s: nothing is written yet.
                Assert.Equal(0, await host.WithDbAsync(db => db.ArticleViewCounts.CountAsync(v => v.ArticleId == id)));

                // What SIGTERM does; ApplicationStopped fires after every hosted service's StopAsync has finished.
                var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
                var stopped = new TaskCompletionSource();
                using var registration = lifetime.ApplicationStopped.Register(stopped.SetResult);
                lifetime.StopApplication();
                await stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
            }

            SqliteConnection.ClearAllPools();
            await using var connection = new SqliteConnection($"Data Source={database}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Views\" FROM \"ArticleViewCounts\" WHERE \"ArticleId\" = $id";
            command.Parameters.AddWithValue("$id", id);
            Assert.Equal(4L, await command.ExecuteScalarAsync());
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

    private async Task<int> WriteAsync(IReadOnlyDictionary<int, long> batch)
    {
        // Yield first so both writers are in flight together.
        await Task.Yield();
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ViewCountWriter>().WriteAsync(batch);
    }

    /// <summary>The app with its database outside its temp folder (which disposal deletes) and a 300 s flush interval.</summary>
    private sealed class SlowFlushPortal(string database) : PortalFactory
    {
        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={database}");
            builder.UseSetting("ViewCounts:FlushSeconds", "300");
        }
    }
}
