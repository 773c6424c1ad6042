using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Tests.Infrastructure;

/// <summary>
/// <c>/healthz</c> and <c>/readyz</c> (issue 9) on a real SQLite file: both 200 while the database answers; when the
/// database's folder is removed under the running host, readiness answers 503 at once (nothing cached) and
/// liveness stays 200 (it checks no dependency). Plain text, not cacheable, no sign-in.
/// </summary>
public sealed class HealthEndpointTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public HealthEndpointTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Probes_WithDatabaseUp_AnswerHealthyPlainTextNotCached()
    {
        using var client = _factory.CreateReader();

        foreach (var url in new[] { OperationsUrls.Liveness, OperationsUrls.Readiness })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.CacheControl?.NoStore, url + " must not be stored by caches");
        }
    }

    [Fact]
    public async Task Readiness_WhenDatabaseFolderIsRemoved_Answers503AndLivenessStays200()
    {
        using var factory = new DatabaseInSubfolderFactory();
        using var client = factory.CreateReader();
        using (var before = await client.GetAsync(new Uri(OperationsUrls.Readiness, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Pooled connections keep the deleted file's inode open; closing them makes the next check open the path.
        SqliteConnection.ClearAllPools();
        Directory.Delete(factory.DatabaseFolder, recursive: true);

        using var ready = await client.GetAsync(new Uri(OperationsUrls.Readiness, UriKind.Relative));
        using var live = await client.GetAsync(new Uri(OperationsUrls.Liveness, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }

    /// <summary>The app with its SQLite file alone in a folder the test can remove.</summary>
    private sealed class DatabaseInSubfolderFactory : PortalFactory
    {
        public string DatabaseFolder => Path.Combine(Root, "db");

        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Directory.CreateDirectory(DatabaseFolder);
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(DatabaseFolder, "portal.db")}");
        }
    }
}
