using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.ViewCounting;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Tests.PostgreSql;
using PublishingPortal.Web.Tests.Search;

namespace PublishingPortal.Web.Tests.Monitoring;

/// <summary>
/// The portal with <c>Metrics:Prometheus:Enabled=true</c>, scrape endpoint open to
/// <c>Metrics:Prometheus:AllowedNetworks</c> (empty here: any address).
/// </summary>
public class MetricsPortalFactory : PortalFactory
{
    protected override bool RunSchedule => false;

    protected virtual string? AllowedNetwork => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Metrics:Prometheus:Enabled", "true");

        // Only the tests flush view counts, so a flush's numbers are theirs alone.
        builder.UseSetting("ViewCounts:FlushSeconds", "300");
        if (AllowedNetwork is not null)
        {
            builder.UseSetting("Metrics:Prometheus:AllowedNetworks:0", AllowedNetwork);
        }
    }
}

/// <summary>Metrics on, scraping allowed only from 10.20.0.0/24.</summary>
public sealed class RestrictedMetricsPortalFactory : MetricsPortalFactory
{
    protected override string? AllowedNetwork => "10.20.0.0/24";
}

/// <summary>
/// Meters are listened to by name across the test process, so these tests run alone (a collection without
/// parallelisation): a host of another class running at the same time would add its requests to the counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsRunAlone
{
    public const string Name = "Metrics (alone)";
}

/// <summary>
/// The Prometheus endpoint after real reader requests (issue 9, "Operations"): ASP.NET Core's request duration,
/// the portal's output-cache hits and misses counted exactly (one miss, then one hit), the search histogram,
/// view-count flushes, scheduled publications, and a scrape that is never served from the output cache.
/// </summary>
[Collection(MetricsRunAlone.Name)]
public sealed class MetricsTests : IClassFixture<MetricsPortalFactory>
{
    private const string Hits = "portal_output_cache_hits_total";
    private const string Misses = "portal_output_cache_misses_total";
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private readonly MetricsPortalFactory _factory;

    public MetricsTests(MetricsPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Scrape_ArticleReadTwice_OneMissThenOneHitAndRequestDurations()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài đo bộ nhớ đệm");
        using var reader = _factory.CreateReader();
        using var metrics = _factory.CreateReader();
        var before = await PrometheusScrape.GetAsync(metrics);

        using (var first = await reader.GetAsync(ReaderUrls.Article(article.Slug)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var afterFirst = await PrometheusScrape.GetAsync(metrics);
        using (var second = await reader.GetAsync(ReaderUrls.Article(article.Slug)))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.NotNull(second.Headers.Age);
        }

        var afterSecond = await PrometheusScrape.GetAsync(metrics);
        Assert.Equal(1, afterFirst.Sum(Misses) - before.Sum(Misses));
        Assert.Equal(0, afterFirst.Sum(Hits) - before.Sum(Hits));
        Assert.Equal(0, afterSecond.Sum(Misses) - afterFirst.Sum(Misses));
        Assert.Equal(1, afterSecond.Sum(Hits) - afterFirst.Sum(Hits));
        Assert.Equal(2, afterSecond.Sum("http_server_request_duration_seconds_count", "http_route=\"tin-tuc/{slug}\"")
            - before.Sum("http_server_request_duration_seconds_count", "http_route=\"tin-tuc/{slug}\""));
        Assert.True(afterSecond.Has("http_server_request_duration_seconds_bucket"));
    }

    [Fact]
    public async Task Scrape_AfterSearch_SearchHistogramCountsIt()
    {
        await TestArticles.AddAsync(_factory, "Hội chợ quýtngọtxa đầu xuân");
        using var metrics = _factory.CreateReader();
        var before = await PrometheusScrape.GetAsync(metrics);

        var page = await SearchPages.SearchAsync(_factory, "quytngotxa");

        var after = await PrometheusScrape.GetAsync(metrics);
        Assert.Single(SearchPages.Titles(page));
        Assert.Equal(1, after.Sum("portal_search_duration_seconds_count") - before.Sum("portal_search_duration_seconds_count"));
        Assert.True(after.Sum("portal_search_duration_seconds_sum") > before.Sum("portal_search_duration_seconds_sum"));
        Assert.Equal(1, after.Sum("portal_search_results_count") - before.Sum("portal_search_results_count"));
        Assert.Equal(1, after.Sum("portal_search_results_sum") - before.Sum("portal_search_results_sum"));
    }

    [Fact]
    public async Task Scrape_ViewsFlushed_OneFlushWithItsViews()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài đếm lượt xem cho số đo");
        using var client = _factory.CreateReader();
        using var metrics = _factory.CreateReader();
        var before = await PrometheusScrape.GetAsync(metrics);

        for (var i = 0; i < 3; i++)
        {
            using var beacon = new HttpRequestMessage(HttpMethod.Post, $"/luot-xem/{article.Id}");
            beacon.Headers.UserAgent.ParseAdd(Firefox);
            using var response = await client.SendAsync(beacon);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        await _factory.Services.GetRequiredService<ViewCountFlusher>().FlushAsync();

        var after = await PrometheusScrape.GetAsync(metrics);
        const string Flushes = "portal_view_counts_flushes_total";
        Assert.Equal(1, after.Sum(Flushes, "outcome=\"written\"") - before.Sum(Flushes, "outcome=\"written\""));
        Assert.Equal(0, after.Sum(Flushes, "outcome=\"failed\"") - before.Sum(Flushes, "outcome=\"failed\""));
        Assert.Equal(3, after.Sum("portal_view_counts_views_total") - before.Sum("portal_view_counts_views_total"));
    }

    [Fact]
    public async Task Scrape_ScheduleRun_CountsThePublication()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài hẹn giờ cho số đo", ArticleStatus.Scheduled, DateTimeOffset.UtcNow.AddMinutes(-1));
        using var metrics = _factory.CreateReader();
        var before = await PrometheusScrape.GetAsync(metrics);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (published, _) = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunDueAsync(DateTimeOffset.UtcNow);
            Assert.Equal(1, published);
        }

        var after = await PrometheusScrape.GetAsync(metrics);
        const string Transitions = "portal_schedule_transitions_total";
        Assert.Equal(1, after.Sum(Transitions, "action=\"publish\"") - before.Sum(Transitions, "action=\"publish\""));
        Assert.Equal(0, after.Sum(Transitions, "action=\"expire\"") - before.Sum(Transitions, "action=\"expire\""));
        Assert.Equal(ArticleStatus.Published, await _factory.WithDbAsync(async db => (await db.Articles.FindAsync(article.Id))!.Status));
    }

    [Fact]
    public async Task Scrape_Repeated_NeverFromOutputCache()
    {
        using var metrics = _factory.CreateReader();
        var scrapes = new List<PrometheusScrape>();
        for (var i = 0; i < 3; i++)
        {
            scrapes.Add(await PrometheusScrape.GetAsync(metrics));
        }

        // Each scrape sees the ones before it: every response was made afresh, none replayed from a cache.
        var counts = scrapes.Select(s => s.Sum("http_server_request_duration_seconds_count", "http_route=\"/metrics\"")).ToList();
        Assert.True(counts[0] < counts[1] && counts[1] < counts[2], string.Join(", ", counts));
        Assert.Equal(scrapes[0].Sum(Hits), scrapes[2].Sum(Hits));
        Assert.Equal(scrapes[0].Sum(Misses), scrapes[2].Sum(Misses));
    }

    [Fact]
    public async Task Scrape_ListsEfCoreAndRuntimeMeters()
    {
        using var reader = _factory.CreateReader();
        await PortalFactory.GetDocumentAsync(reader, "/");

        var scrape = await PrometheusScrape.GetAsync(reader);

        Assert.Contains(scrape.Text.Split('\n'), l => l.StartsWith("microsoft_entityframeworkcore_", StringComparison.Ordinal));
        Assert.Contains(scrape.Text.Split('\n'), l => l.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }
}

/// <summary>Metrics off (the default): no endpoint.</summary>
[Collection(MetricsRunAlone.Name)]
public sealed class MetricsDisabledTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public MetricsDisabledTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Metrics_Disabled_404()
    {
        using var reader = _factory.CreateReader();

        using var response = await reader.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary><c>Metrics:Prometheus:AllowedNetworks</c>: the connection's address decides.</summary>
[Collection(MetricsRunAlone.Name)]
public sealed class MetricsAllowedNetworksTests : IClassFixture<RestrictedMetricsPortalFactory>
{
    private readonly RestrictedMetricsPortalFactory _factory;

    public MetricsAllowedNetworksTests(RestrictedMetricsPortalFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("10.20.0.7", HttpStatusCode.OK)]
    [InlineData("::ffff:10.20.0.8", HttpStatusCode.OK)]
    [InlineData("10.21.0.7", HttpStatusCode.NotFound)]
    [InlineData("127.0.0.1", HttpStatusCode.NotFound)]
    public async Task Scrape_FromAddress_AllowedOnlyInsideNetwork(string address, HttpStatusCode expected)
    {
        _ = _factory.Services;

        var context = await _factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

        Assert.Equal((int)expected, context.Response.StatusCode);
    }
}

/// <summary>
/// Metrics on, on PostgreSQL: Npgsql's meter comes through too. The connection string carries a password (the test
/// cluster trusts every local connection and ignores it) to show that the pool-name label leaves it out.
/// </summary>
public sealed class PostgreSqlMetricsPortalFactory : PostgreSqlDemoPortalFactory
{
    public const string Password = "mat-khau-khong-duoc-lo";

    protected override bool SeedDemoContent => false;

    protected override bool RunSchedule => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Metrics:Prometheus:Enabled", "true");
        builder.UseSetting("ConnectionStrings:Portal", builder.GetSetting("ConnectionStrings:Portal") + ";Password=" + Password);
    }
}

/// <summary>The documented PostgreSQL metrics (<c>db_client_*</c> from the <c>Npgsql</c> meter) exist after a page that queries.</summary>
[Collection(MetricsRunAlone.Name)]
public sealed class PostgreSqlMetricsTests : IClassFixture<PostgreSqlMetricsPortalFactory>
{
    private readonly PostgreSqlMetricsPortalFactory _factory;

    public PostgreSqlMetricsTests(PostgreSqlMetricsPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Scrape_OnPostgreSql_ListsNpgsqlOperationsWithoutThePassword()
    {
        using var reader = _factory.CreateReader();
        await PortalFactory.GetDocumentAsync(reader, "/");

        var scrape = await PrometheusScrape.GetAsync(reader);

        Assert.True(scrape.Sum("db_client_operation_duration_seconds_count") > 0, scrape.Text);
        Assert.True(scrape.Sum("microsoft_entityframeworkcore_queries_total") > 0);
        Assert.Contains("db_client_connection_pool_name=", scrape.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PostgreSqlMetricsPortalFactory.Password, scrape.Text, StringComparison.Ordinal);
    }
}
