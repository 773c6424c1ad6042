using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Web.Tests.Data;

namespace PublishingPortal.Web.Tests.MultiInstance;

/// <summary>
/// One portal instance of a multi-instance site: PostgreSQL database and Redis shared with the others, its own logs,
/// the media folder shared (as on a file share), the schedule job every second. With <c>kestrel</c> it listens on
/// 127.0.0.1 on a free port (real Kestrel, real sockets); without, it is a host only, like the <c>import</c> command.
/// </summary>
public sealed class SiteInstance : PortalFactory
{
    private readonly SiteSettings _site;
    private readonly bool _seedDemoContent;

    public SiteInstance(SiteSettings site, bool kestrel, bool seedDemoContent = false)
    {
        _site = site;
        _seedDemoContent = seedDemoContent;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    protected override bool SeedDemoContent => _seedDemoContent;

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }

    /// <summary>The public host name readers use; the load balancer passes it to every instance.</summary>
    public const string PublicHost = "tin.portal.test";

    /// <summary>
    /// A reader's client on this instance: no cookies, no redirects followed, the site's public host in <c>Host</c>
    /// as a load balancer sends it, so every instance computes the same output-cache key for a page.
    /// </summary>
    public HttpClient Reader()
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Address };
        client.DefaultRequestHeaders.Host = PublicHost;
        return client;
    }

    /// <summary>A staff member's client on this instance over a cookie jar that another instance's client may share.</summary>
    public BrowserLikeClient Staff(CookieContainer jar) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = Address });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Portal", _site.Database);
        builder.UseSetting("ConnectionStrings:Redis", _site.Redis);
        builder.UseSetting("Redis:InstanceName", _site.InstanceName);
        builder.UseSetting("Site:MediaPath", _site.MediaPath);
        builder.UseSetting("Schedule:IntervalSeconds", "1");
    }
}

/// <summary>What the instances of one site share.</summary>
public sealed record SiteSettings(string Database, string Redis, string InstanceName, string MediaPath);

/// <summary>
/// Two instances A and B of one site (one PostgreSQL database, one Redis, one media folder), both listening on
/// Kestrel; A starts first and migrates, B then finds the database ready. A third host without a server stands for
/// the <c>import</c> command's process.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "pp-shared-media-" + Guid.NewGuid().ToString("N"));

    public SiteInstance A { get; private set; } = null!;

    public SiteInstance B { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cluster = await PostgreSqlCluster.GetAsync();
        var redis = await RedisServer.GetAsync();
        Site = new SiteSettings(await cluster.CreateDatabaseAsync("multi"), redis.ConnectionString, RedisServer.NewInstanceName("multi"), _media);
        A = new SiteInstance(Site, kestrel: true);
        A.StartServer();
        B = new SiteInstance(Site, kestrel: true);
        B.StartServer();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        try
        {
            Directory.Delete(_media, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was uploaded.
        }
    }
}
