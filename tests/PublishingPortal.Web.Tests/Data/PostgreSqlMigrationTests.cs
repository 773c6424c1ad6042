using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Search;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>PostgreSQL migrations against a real server (<see cref="PostgreSqlCluster"/>), one database per test.</summary>
public sealed class PostgreSqlMigrationTests
{
    [Fact]
    public async Task PostgreSql_EmptyDatabase_AllMigrationsApply()
    {
        var connectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("empty");

        await MigrationChecks.ApplyToEmptyAsync(() => Create(connectionString));

        await using var db = Create(connectionString);
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
            .ToListAsync();
        Assert.Empty(MigrationChecks.ModelTables(db).Except(tables));
    }

    [Fact]
    public async Task PostgreSql_DatabaseAtPreviousMigration_UpgradesAndKeepsRows()
    {
        var connectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("upgrade");

        await MigrationChecks.UpgradeKeepsDataAsync(() => Create(connectionString));
    }

    [Fact]
    public async Task PostgreSql_ArticlesWrittenBeforeSearchIndex_FoundAfterUpgradeAndStart()
    {
        var connectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("searchup");
        await using (var db = Create(connectionString))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var beforeSearch = migrations[migrations.FindIndex(m => m.EndsWith("_SearchIndex", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(beforeSearch);
            // Written without the index's interceptor, as by the version before this migration.
            // Raw SQL: the model may have columns added by later migrations.
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Articles\" (\"Title\", \"Slug\", \"Lead\", \"BodyMarkdown\", \"BodyHtml\", \"Status\", \"PublishedAt\", \"CreatedAt\", \"UpdatedAt\", \"Version\") VALUES ({"Đồng chí Điền thăm Quỳnh Lâm"}, {"dong-chi-dien"}, {"Sapo"}, {"Thân bài"}, {"<p>Thân bài</p>"}, {"Published"}, {DateTimeOffset.UtcNow.AddHours(-1)}, {DateTimeOffset.UtcNow}, {DateTimeOffset.UtcNow}, {Guid.NewGuid()})");
        }

        await using (var db = Create(connectionString))
        {
            await new DatabaseInitializer(db, Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }), SearchIndex(db)).InitializeAsync();
        }

        await using var check = Create(connectionString);
        var results = await new PostgreSqlArticleSearch(check, TimeProvider.System)
            .SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse("dong chi dien").Phrase!));
        Assert.Equal(["dong-chi-dien"], results.Hits.Select(h => h.Slug));
        Assert.Equal(1, await check.Set<PostgreSqlSearchDocument>().CountAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task PostgreSql_InstancesStartingTogetherOnEmptyDatabase_AllSucceed(int instances)
    {
        var connectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("race");

        // EF Core's own lock on Npgsql is per migration; with two migrations pending a second instance died with
        // 'relation "DataProtectionKeys" already exists'. The initializer's advisory lock makes every start succeed.
        using var start = new Barrier(instances);
        await Task.WhenAll(Enumerable.Range(0, instances).Select(_ => Task.Run(async () =>
        {
            await using var db = Create(connectionString);
            var initializer = new DatabaseInitializer(db, Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }), SearchIndex(db));
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            await initializer.InitializeAsync();
        })));

        await using var check = Create(connectionString);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task PostgreSql_InitializerOnMigratedDatabase_ReleasesAdvisoryLock()
    {
        var connectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("unlock");
        await using (var db = Create(connectionString))
        {
            await new DatabaseInitializer(db, Options.Create(new DatabaseOptions()), SearchIndex(db)).InitializeAsync();
        }

        // Only this database's locks: other tests' databases on the same cluster take advisory locks at the same time.
        await using var check = Create(connectionString);
        var held = await check.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
            .SingleAsync();
        Assert.Equal(0, held);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    private static PostgreSqlArticleSearchIndex SearchIndex(PortalDbContext db) =>
        new(db, new PostgreSqlSearchStore(), NullLogger<PostgreSqlArticleSearchIndex>.Instance);

    private static PostgreSqlPortalDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql(connectionString).Options);
}
