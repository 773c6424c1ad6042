using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

        // The options (provider, connection string, interceptor, warnings) never change: built once, not once per
        // request scope, which cost an uncached reader page about a tenth of its time (issue 12's profile).
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddSingleton<ArticleTermStore>();
                AddSearchInterceptor(services, provider => provider.GetRequiredService<ArticleTermStore>());
                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((provider, o) => o
                    .UseSqlServer(Require(connectionString))
                    .AddInterceptors(provider.GetRequiredService<ArticleSearchIndexInterceptor>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IArticleSearch, ArticleTermSearch>();
                services.AddScoped<IArticleSuggestions, ArticleTermSuggestions>();
                services.AddScoped<IArticleSearchIndex, ArticleTermSearchIndex>();
                break;
            case DatabaseProvider.PostgreSql:
                services.AddSingleton<PostgreSqlSearchStore>();
                AddSearchInterceptor(services, provider => provider.GetRequiredService<PostgreSqlSearchStore>());
                services.AddDbContext<PortalDbContext, PostgreSqlPortalDbContext>((provider, o) => o
                    .UseNpgsql(Require(connectionString))
                    .AddInterceptors(provider.GetRequiredService<ArticleSearchIndexInterceptor>()),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IArticleSearch, PostgreSqlArticleSearch>();
                services.AddScoped<IArticleSuggestions, PostgreSqlArticleSuggestions>();
                services.AddScoped<IArticleSearchIndex, PostgreSqlArticleSearchIndex>();
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, contentRootPath);
                AddSearchInterceptor(services, _ => SqliteSearchStore.Instance);
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((provider, o) => o
                    .UseSqlite(sqlite)
                    .AddInterceptors(provider.GetRequiredService<ArticleSearchIndexInterceptor>())

                    // SQLite table rebuilds switch foreign keys off outside the migration's transaction by design
                    // (EF Core's documented SQLite limitation); the warning alarms operators on every fresh start.
                    .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IArticleSearch, SqliteArticleSearch>();
                services.AddScoped<IArticleSuggestions, SqliteArticleSuggestions>();
                services.AddScoped<IArticleSearchIndex, SqliteArticleSearchIndex>();
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    // Every provider keeps its index current on SaveChanges through the same interceptor and its own store.
    private static void AddSearchInterceptor(IServiceCollection services, Func<IServiceProvider, IArticleSearchStore> store) =>
        services.AddSingleton(provider => new ArticleSearchIndexInterceptor(
            provider.GetRequiredService<ILogger<ArticleSearchIndexInterceptor>>(), store(provider)));

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
