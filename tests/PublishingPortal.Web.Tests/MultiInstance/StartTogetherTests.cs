using Microsoft.EntityFrameworkCore;
using PublishingPortal.Web.Tests.Data;

namespace PublishingPortal.Web.Tests.MultiInstance;

/// <summary>
/// Three instances started at the same moment on one empty PostgreSQL database with demo content on (the default):
/// the migrations, the first administrator and the demo content are written once, and every instance starts.
/// Before the start lock covered the first data, one instance died with a duplicate key on the section slugs.
/// </summary>
public sealed class StartTogetherTests
{
    [Fact]
    public async Task StartTogether_EmptyDatabaseWithDemoContent_AllStartAndSeedOnce()
    {
        var cluster = await PostgreSqlCluster.GetAsync();
        var redis = await RedisServer.GetAsync();
        var media = Path.Combine(Path.GetTempPath(), "pp-start-media-" + Guid.NewGuid().ToString("N"));
        var site = new SiteSettings(await cluster.CreateDatabaseAsync("start"), redis.ConnectionString, RedisServer.NewInstanceName("start"), media);
        var instances = Enumerable.Range(0, 3).Select(_ => new SiteInstance(site, kestrel: false, seedDemoContent: true)).ToList();
        try
        {
            // Services builds and starts each host (migrate, first administrator, demo content) on its own thread.
            await Task.WhenAll(instances.Select(i => Task.Run(() => i.Services)));

            var (sections, articles, accounts) = await instances[0].WithDbAsync(async db => (
                await db.Categories.CountAsync(),
                await db.Articles.CountAsync(),
                await db.Users.CountAsync()));
            Assert.Equal(1, accounts);
            Assert.True(sections > 0, "the demo sections were not written");
            Assert.Equal(sections, await instances[0].WithDbAsync(db => db.Categories.Select(c => c.Slug).Distinct().CountAsync()));
            var titles = await instances[2].WithDbAsync(db => db.Articles.Select(a => a.Title).ToListAsync());
            Assert.Equal(titles.Count, titles.Distinct().Count());
            Assert.True(articles > 0);
            foreach (var instance in instances)
            {
                using var reader = instance.CreateReader();
                using var home = await reader.GetAsync(new Uri("/", UriKind.Relative));
                Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            if (Directory.Exists(media))
            {
                Directory.Delete(media, recursive: true);
            }
        }
    }
}
