using Microsoft.AspNetCore.Hosting;
using PublishingPortal.Web.Tests.Data;

namespace PublishingPortal.Web.Tests.PostgreSql;

/// <summary>
/// The real app over HTTP on PostgreSQL (<c>Database:Provider=PostgreSql</c>), with demo content like
/// <see cref="PortalFactory"/>: a database of its own on the test run's <see cref="PostgreSqlCluster"/>, migrated
/// and seeded at start. Media and logs stay in the factory's temp folder.
/// </summary>
public class PostgreSqlDemoPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // ConfigureWebHost is synchronous; the cluster starts once per test run and each database takes milliseconds.
        var cluster = PostgreSqlCluster.GetAsync().GetAwaiter().GetResult();
        var connectionString = cluster.CreateDatabaseAsync("http").GetAwaiter().GetResult();
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
    }
}

/// <summary>Like <see cref="EmptyPortalFactory"/> on PostgreSQL: no demo content, for tests that need an exact set of articles.</summary>
public sealed class PostgreSqlEmptyPortalFactory : PostgreSqlDemoPortalFactory
{
    protected override bool SeedDemoContent => false;
}
