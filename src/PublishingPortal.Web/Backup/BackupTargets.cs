using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Data;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Backup;

/// <summary>What a backup reads and a restore writes: the database and the media folder of one site.</summary>
/// <param name="Provider">The site's database (<c>Database:Provider</c>).</param>
/// <param name="SqliteFile">Absolute path of the SQLite file; null for the server databases.</param>
/// <param name="MediaRoot">Absolute path of the media folder (<c>Site:MediaPath</c>).</param>
public sealed record BackupTargets(DatabaseProvider Provider, string? SqliteFile, string MediaRoot)
{
    /// <summary>Reads the targets from a built (not necessarily started) host; opens no connection.</summary>
    /// <param name="services">Root service provider.</param>
    /// <returns>The site's database and media folder.</returns>
    public static BackupTargets From(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        string? file = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            using var scope = services.CreateScope();
            var connectionString = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString();
            file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }

        return new BackupTargets(provider, file, MediaPaths.Root(environment.ContentRootPath, site.MediaPath));
    }
}
