using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Search;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Data;

/// <summary>Registers the data layer.</summary>
public static class DependencyInjection
{
    /// <summary>Name of the connection string (<c>ConnectionStrings:Portal</c>).</summary>
    public const string ConnectionStringName = "Portal";

    /// <summary>
    /// Registers <see cref="PortalDbContext"/> for the provider named by <c>Database:Provider</c>, with the
    /// connection string <c>ConnectionStrings:Portal</c>; for SQLite without one, the file
    /// <c>App_Data/portal.db</c> under <paramref name="contentRootPath"/> (folder created).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">App configuration.</param>
    /// <param name="contentRootPath">Folder that holds <c>App_Data</c>.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="InvalidOperationException">A server provider is chosen without a connection string.</exception>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>(o => o.UseSqlServer(Require(connectionString)));
                AddFallbackSearch(services);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PortalDbContext, PostgreSqlPortalDbContext>(o => o.UseNpgsql(Require(connectionString)));
                AddFallbackSearch(services);
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, contentRootPath);
                services.AddSingleton<ArticleSearchIndexInterceptor>();
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((provider, o) => o
                    .UseSqlite(sqlite)
                    .AddInterceptors(provider.GetRequiredService<ArticleSearchIndexInterceptor>())

                    // SQLite table rebuilds switch foreign keys off outside the migration's transaction by design
                    // (EF Core's documented SQLite limitation); the warning alarms operators on every fresh start.
                    .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
                services.AddScoped<IArticleSearch, SqliteArticleSearch>();
                services.AddScoped<IArticleSearchIndex, SqliteArticleSearchIndex>();
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    // Until SQL Server and PostgreSQL get native full-text indexes, search reads and folds the articles in memory.
    private static void AddFallbackSearch(IServiceCollection services)
    {
        services.AddScoped<IArticleSearch, FallbackArticleSearch>();
        services.AddSingleton<IArticleSearchIndex, FallbackArticleSearchIndex>();
    }

    private static string Require(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for this database provider.")
            : connectionString;

    private static string SqliteConnectionString(string? configured, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/portal.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}
