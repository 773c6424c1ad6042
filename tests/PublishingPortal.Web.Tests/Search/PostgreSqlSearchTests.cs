using Microsoft.AspNetCore.Hosting;
using PublishingPortal.Web.Tests.Data;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The app without demo content on PostgreSQL (a database of its own on the test run's <see cref="PostgreSqlCluster"/>),
/// migrated at start like a fresh install: search runs on <c>ArticleSearchDocuments</c> and its GIN index.
/// </summary>
public sealed class EmptyPostgreSqlPortalFactory : PortalFactory
{
    protected override bool SeedDemoContent => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var connectionString = PostgreSqlCluster.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync("search").GetAwaiter().GetResult();
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
    }
}

/// <summary>The search page's folding, phrase, ranking, highlighting and edit cases on PostgreSQL.</summary>
public sealed class PostgreSqlSearchFoldingTests(EmptyPostgreSqlPortalFactory factory)
    : SearchFoldingCases<EmptyPostgreSqlPortalFactory>(factory);

/// <summary>The search page's section, date and paging cases on PostgreSQL.</summary>
public sealed class PostgreSqlSearchFilterAndPagingTests(EmptyPostgreSqlPortalFactory factory)
    : SearchFilterAndPagingCases<EmptyPostgreSqlPortalFactory>(factory);

/// <summary>The search page's visibility cases on PostgreSQL.</summary>
public sealed class PostgreSqlSearchVisibilityTests(EmptyPostgreSqlPortalFactory factory)
    : SearchVisibilityCases<EmptyPostgreSqlPortalFactory>(factory);
