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
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_options.MigrateOnStart)
        {
            if (_db is PostgreSqlPortalDbContext)
            {
                await MigrateUnderAdvisoryLockAsync(cancellationToken);
            }
            else
            {
                // EF Core's own migration lock holds for the whole run on these providers (SQLite: a row in
                // __EFMigrationsLock; SQL Server: sp_getapplock owned by the session), so instances starting
                // together apply each migration once.
                await _db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (_db.Database.GetDbConnection() is SqliteConnection)
        {
            await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await _searchIndex.EnsureReadyAsync(cancellationToken);
    }

    // Npgsql's EF Core migration lock is LOCK TABLE "__EFMigrationsHistory" inside each migration's own transaction,
    // so it is released between migrations: with two or more pending, a second instance that read the history while
    // the first was between migrations applies one again and dies ("relation … already exists"; reproduced by
    // PostgreSqlMigrationTests). A session advisory lock held on its own connection around the whole run serialises
    // instances; the one that waited then finds nothing pending. A database that does not exist yet is created by
    // MigrateAsync without the lock (the very first start).
    private async Task MigrateUnderAdvisoryLockAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await _db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await _db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            // Explicit: a pooled connection would otherwise keep the session, and the lock, alive.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
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
