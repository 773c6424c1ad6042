using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>
/// Every provider's migrations match the model; SQLite's run for real; SQL Server's (no server on these machines)
/// are scripted and the script is checked. PostgreSQL's run for real in <see cref="PostgreSqlMigrationTests"/>.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-mig-" + Guid.NewGuid().ToString("N"));

    public MigrationTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public static TheoryData<string> Providers => ["Sqlite", "SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_EveryProvider_NoPendingModelChanges(string provider)
    {
        using var db = DesignTime(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes without a migration: run dotnet ef migrations add --context {db.GetType().Name}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_EveryProvider_LatestIsTheExpectedOne(string provider)
    {
        using var db = DesignTime(provider);

        var latest = db.Database.GetMigrations().Last();

        // The PostgreSQL search table keeps its vectors uncompressed (issue 12); empty on SQLite and SQL Server.
        Assert.EndsWith("_ArticleSectionIndex", latest, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_IdempotentScript_BuildsWholeSchemaWithSqlServerTypesOnly()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in MigrationChecks.ModelTables(db))
        {
            Assert.Contains($"CREATE TABLE [{table}] (", script, StringComparison.Ordinal);
        }

        foreach (var id in db.Database.GetMigrations())
        {
            // Idempotent: each migration runs only when its row is missing from the history table.
            Assert.Contains($"WHERE [MigrationId] = N'{id}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("datetimeoffset", script, StringComparison.Ordinal);
        Assert.Contains("IDENTITY", script, StringComparison.Ordinal);

        // Types and syntax of SQLite and PostgreSQL that SQL Server refuses.
        var foreign = Regex.Matches(script, @"\b(TEXT|BLOB|INTEGER|AUTOINCREMENT|timestamptz|timestamp with time zone|boolean|bytea|serial|GENERATED (BY DEFAULT|ALWAYS) AS IDENTITY)\b")
            .Select(m => m.Value).Distinct().ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task Sqlite_EmptyFile_AllMigrationsApply()
    {
        await MigrationChecks.ApplyToEmptyAsync(() => Sqlite("empty.db"));
    }

    [Fact]
    public async Task Sqlite_DatabaseAtPreviousMigration_UpgradesAndKeepsRows()
    {
        await MigrationChecks.UpgradeKeepsDataAsync(() => Sqlite("upgrade.db"));
    }

    [Fact]
    public async Task Sqlite_TwoMigrationsAtOnce_BothSucceed()
    {
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = Sqlite("race.db");
            await db.Database.MigrateAsync();
        })));

        await using var check = Sqlite("race.db");
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static PortalDbContext DesignTime(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
    };

    private SqlitePortalDbContext Sqlite(string file) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, file)}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
            .Options);
}
