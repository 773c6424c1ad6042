using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data;

/// <summary>
/// Brings the database schema up to date at start-up: applies migrations (SQLite), or creates the
/// schema from the model for providers whose migrations are not written yet; for SQLite also switches
/// the file to write-ahead logging (WAL) so readers never wait for a writer.
/// </summary>
public sealed class DatabaseInitializer
{
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
    /// Migrates (when <see cref="DatabaseOptions.MigrateOnStart"/>), sets WAL for SQLite, and readies the search
    /// index (<see cref="IArticleSearchIndex.EnsureReadyAsync"/>: created, rebuilt or repaired as needed).
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_db is SqlitePortalDbContext)
        {
            if (_options.MigrateOnStart)
            {
                await _db.Database.MigrateAsync(cancellationToken);
            }

            if (_db.Database.GetDbConnection() is SqliteConnection)
            {
                await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await _searchIndex.EnsureReadyAsync(cancellationToken);
            return;
        }

        if (_options.MigrateOnStart)
        {
            // SQL Server and PostgreSQL migrations arrive with their own issue; until then the schema is made from the model.
            await _db.Database.EnsureCreatedAsync(cancellationToken);
        }

        await _searchIndex.EnsureReadyAsync(cancellationToken);
    }
}
