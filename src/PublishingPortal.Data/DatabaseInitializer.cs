using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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

    /// <summary>Creates the initializer.</summary>
    /// <param name="db">The context.</param>
    /// <param name="options">Database settings.</param>
    public DatabaseInitializer(PortalDbContext db, IOptions<DatabaseOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _options = options.Value;
    }

    /// <summary>Migrates (when <see cref="DatabaseOptions.MigrateOnStart"/>) and sets WAL for SQLite.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_db is SqlitePortalDbContext)
        {
            if (_options.MigrateOnStart)
            {
                await _db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_db.Database.GetDbConnection() is SqliteConnection)
            {
                await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (_options.MigrateOnStart)
        {
            // SQL Server and PostgreSQL migrations arrive with their own issue; until then the schema is made from the model.
            await _db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
