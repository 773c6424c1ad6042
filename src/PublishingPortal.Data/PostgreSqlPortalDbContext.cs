using Microsoft.EntityFrameworkCore;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Data;

/// <summary>
/// The PostgreSQL flavour of <see cref="PortalDbContext"/> (<c>timestamptz</c>; instants are always
/// written with offset zero, as Npgsql requires). Its migrations are in <c>Migrations/PostgreSql</c>. Its search index is
/// <c>ArticleSearchDocuments</c> (<see cref="PostgreSqlSearchDocument"/>) and <c>ArticleSearchInfo</c>.
/// </summary>
public sealed class PostgreSqlPortalDbContext : PortalDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Npgsql options.</param>
    public PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new PostgreSqlSearchDocumentConfiguration());
        builder.ApplyConfiguration(new ArticleSearchInfoConfiguration());
    }
}
