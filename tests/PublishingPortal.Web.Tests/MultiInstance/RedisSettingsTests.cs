using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;
using PublishingPortal.Web.Tests.Data;
using StackExchange.Redis;

namespace PublishingPortal.Web.Tests.MultiInstance;

/// <summary>
/// <c>ConnectionStrings:Redis</c> and <c>Redis:InstanceName</c> on single SQLite portals: without the setting nothing
/// changes; two sites on one Redis keep apart by prefix; a Redis that does not answer makes <c>/readyz</c> 503 and
/// leaves liveness and the pages (served uncached) alone.
/// </summary>
public sealed class RedisSettingsTests
{
    [Fact]
    public void NoRedisSetting_OutputCacheInMemory_NoConnection()
    {
        using var portal = new QuietPortalFactory();

        Assert.Equal("MemoryOutputCacheStore", portal.Services.GetRequiredService<IOutputCacheStore>().GetType().Name);
        Assert.Null(portal.Services.GetService<IConnectionMultiplexer>());
        Assert.Equal("MemoryDistributedCache", portal.Services.GetRequiredService<IDistributedCache>().GetType().Name);
    }

    [Fact]
    public async Task TwoSitesOnOneRedis_SameUrl_EachServesItsOwnPage()
    {
        var redis = await RedisServer.GetAsync();
        using var first = new NamedSite(redis.ConnectionString, RedisServer.NewInstanceName("site1"), "Cổng tin Tỉnh Một");
        using var second = new NamedSite(redis.ConnectionString, RedisServer.NewInstanceName("site2"), "Cổng tin Tỉnh Hai");
        using var readerOfFirst = first.CreateReader();
        using var readerOfSecond = second.CreateReader();

        // Twice each: the second request of each site is a hit in Redis under that site's own prefix.
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains("Cổng tin Tỉnh Một", (await PortalFactory.GetDocumentAsync(readerOfFirst, "/")).Title, StringComparison.Ordinal);
            Assert.Contains("Cổng tin Tỉnh Hai", (await PortalFactory.GetDocumentAsync(readerOfSecond, "/")).Title, StringComparison.Ordinal);
        }

        var multiplexer = first.Services.GetRequiredService<IConnectionMultiplexer>();
        var server = multiplexer.GetServer(multiplexer.GetEndPoints().Single());
        foreach (var site in new[] { first, second })
        {
            var keys = new List<string>();
            await foreach (var key in server.KeysAsync(pattern: site.InstanceName + "*"))
            {
                keys.Add(key.ToString());
            }

            Assert.Contains(keys, k => k.StartsWith(site.InstanceName + "__MSOCV_", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RedisNotAnswering_ReadinessUnhealthy_PagesServedUncached()
    {
        // Nothing listens on the port: the portal starts anyway and reports itself not ready.
        using var portal = new NamedSite($"127.0.0.1:{FreePort()},connectTimeout=500", RedisServer.NewInstanceName("down"), "Cổng tin không có Redis");
        using var client = portal.CreateReader();

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");
        var home = await PortalFactory.GetDocumentAsync(client, "/");
        for (var i = 0; i < 3; i++)
        {
            await PortalFactory.GetDocumentAsync(client, "/");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("Cổng tin không có Redis", home.Title, StringComparison.Ordinal);

        // Four page views while Redis is down: one warning, not two errors with stack traces per request.
        var log = string.Concat(Directory.GetFiles(Path.Combine(portal.Root, "logs")).Select(ReadShared));
        Assert.Equal(1, CountOf(log, "Output cache: Redis does not answer"));
        Assert.Equal(0, CountOf(log, "Unable to query output cache"));
        Assert.Equal(0, CountOf(log, "Unable to write to output-cache"));
    }

    [Fact]
    public async Task RedisNotAnswering_UnpublishSavedAndAnswered()
    {
        using var portal = new NamedSite($"127.0.0.1:{FreePort()},connectTimeout=500", RedisServer.NewInstanceName("down"), "Cổng tin không có Redis");
        var author = await StaffAccounts.CreateUserAsync(portal, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(portal, "Bài gỡ khi Redis không trả lời", ArticleStatus.Published, author.Id);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(portal, NewsroomRoles.Publisher);

        using var response = await AdminArticles.ActAsync(publisher, article.Id, "go-xuong");

        // The change is committed; the eviction that could not reach Redis is logged, not shown to the editor as an error.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, (await AdminArticles.LoadAsync(portal, article.Id)).Status);
        publisher.Dispose();
        var log = string.Concat(Directory.GetFiles(Path.Combine(portal.Root, "logs")).Select(ReadShared));
        Assert.Contains($"could not evict tag article-{article.Id} in Redis", log, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The log file is still open for writing by the host.
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A SQLite portal with its own site name, its caches in Redis under its own prefix.</summary>
    private sealed class NamedSite(string redis, string instanceName, string siteName) : PortalFactory
    {
        public string InstanceName => instanceName;

        protected override bool SeedDemoContent => false;

        protected override bool RunSchedule => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("Redis:InstanceName", instanceName);
            builder.UseSetting("Site:Name", siteName);
        }
    }
}
