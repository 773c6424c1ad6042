using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data;

/// <summary>
/// Brings the database schema up to date at start-up: applies the provider's migrations; for SQLite also
/// switches the file to write-ahead logging (WAL) so readers never wait for a writer.
/// </summary>
public sealed class DatabaseInitializer
{
    /// <summary>
    /// Key of the PostgreSQL session advisory lock held while migrating (<c>pg_advisory_lock</c>); the bytes spell
    /// "PPMIGRAT". Any tool that migrates the same database by hand can take it too.
    /// </summary>
    public const long MigrationLockKey = 0x50504D4947524154;

    private readonly PortalDbContext _db;
    private readonly DatabaseOptions _options;
    private readonly IArticleSearchIndex _searchIndex;

    /// <summary>Creates the initializer.</summary>
    /// <param name="db">The context.</param>
    /// <param name="options">Database settings.</param>
    /// <param name="searchIndex">The provider's search index (created or repaired after migrating).</param>
    public DatabaseInitializer(PortalDbContext db, IOptions<DatabaseOptions> options, IArticleSearchIndex searchIndex)
    {
        _db = db;
        _options = options.Value;
        _searchIndex = searchIndex;
    }

    /// <summary>
    /// Migrates any provider (when <see cref="DatabaseOptions.MigrateOnStart"/>), sets WAL for SQLite, and readies the search
    /// index (<see cref="IArticleSearchIndex.EnsureReadyAsync"/>: created, rebuilt or repaired as needed).
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        InitializeAsync(_ => Task.CompletedTask, cancellationToken);

    /// <summary>
    /// Like <see cref="InitializeAsync(CancellationToken)"/>, then runs <paramref name="firstData"/> (the first
    /// administrator, the demo content: work that checks the database is empty, then writes). On PostgreSQL and SQL
    /// Server all of it runs under one start lock, so instances starting together on an empty database migrate once
    /// and write the first data once; the others wait, then find it there. SQLite runs on one machine and is not locked.
    /// </summary>
    /// <param name="firstData">Runs after migrating, inside the lock; receives <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is current and the first data written.</returns>
    public async Task InitializeAsync(Func<CancellationToken, Task> firstData, CancellationToken cancellationToken = default)
    {
        switch (_db)
        {
            case PostgreSqlPortalDbContext:
                await UnderAdvisoryLockAsync(firstData, cancellationToken);
                break;
            case SqlServerPortalDbContext:
                await UnderAppLockAsync(firstData, cancellationToken);
                break;
            default:
                await InitializeUnlockedAsync(firstData, cancellationToken);
                break;
        }
    }

    private async Task InitializeUnlockedAsync(Func<CancellationToken, Task> firstData, CancellationToken cancellationToken)
    {
        if (_options.MigrateOnStart)
        {
            // EF Core's own migration lock holds for the whole run on SQLite (a row in __EFMigrationsLock) and SQL
            // Server (sp_getapplock owned by the session), so instances starting together apply each migration once.
            await _db.Database.MigrateAsync(cancellationToken);
        }

        if (_db.Database.GetDbConnection() is SqliteConnection)
        {
            await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await _searchIndex.EnsureReadyAsync(cancellationToken);
        await firstData(cancellationToken);
    }

    // Npgsql's EF Core migration lock is LOCK TABLE "__EFMigrationsHistory" inside each migration's own transaction,
    // so it is released between migrations: with two or more pending, a second instance that read the history while
    // the first was between migrations applies one again and dies ("relation … already exists"; reproduced by
    // PostgreSqlMigrationTests). And no migration lock covers the first data: two instances both saw an empty
    // database and one died seeding (duplicate key "IX_Categories_Slug"). A session advisory lock held on its own
    // connection around the whole start serialises instances; the one that waited then finds everything done.
    // A database that does not exist yet is created by MigrateAsync first (the very first start).
    private async Task UnderAdvisoryLockAsync(Func<CancellationToken, Task> firstData, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && _options.MigrateOnStart)
        {
            await _db.Database.MigrateAsync(cancellationToken);
            await connection.OpenAsync(cancellationToken);
        }

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await InitializeUnlockedAsync(firstData, cancellationToken);
        }
        finally
        {
            // Explicit: a pooled connection would otherwise keep the session, and the lock, alive.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    // The same start lock on SQL Server: an application lock owned by a session of its own (EF Core's migration lock
    // covers the migrations only). Written from the documented sp_getapplock/sp_releaseapplock calls; it has not run
    // against a real SQL Server (README says what has).
    private async Task UnderAppLockAsync(Func<CancellationToken, Task> firstData, CancellationToken cancellationToken)
    {
        if (_options.MigrateOnStart)
        {
            // Creates the database on the very first start; a no-op afterwards.
            await _db.Database.MigrateAsync(cancellationToken);
        }

        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(_db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var take = connection.CreateCommand())
        {
            take.CommandText = "EXEC sp_getapplock @Resource = N'PublishingPortal.Start', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = -1";
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await InitializeUnlockedAsync(firstData, cancellationToken);
        }
        finally
        {
            await using var release = connection.CreateCommand();
            release.CommandText = "EXEC sp_releaseapplock @Resource = N'PublishingPortal.Start', @LockOwner = N'Session'";
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
