using Microsoft.EntityFrameworkCore;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Data;

/// <summary>
/// The SQL Server flavour of <see cref="PortalDbContext"/> (<c>datetimeoffset</c> columns natively).
/// Its migrations are in <c>Migrations/SqlServer</c>. Its search index is the term table <c>ArticleSearchTerms</c>
/// (<see cref="ArticleSearchTerm"/>) and <c>ArticleSearchInfo</c>.
/// </summary>
public sealed class SqlServerPortalDbContext : PortalDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">SQL Server options.</param>
    public SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ArticleSearchTermConfiguration());
        builder.ApplyConfiguration(new ArticleSearchInfoConfiguration());

        // Terms compare as code points: the server's default collation may ignore case, accents or both
        // (Vietnamese_CI_AI), which would make every exact spelling equal to every other.
        builder.Entity<ArticleSearchTerm>().Property(t => t.Term).UseCollation("Latin1_General_100_BIN2");
        builder.Entity<ArticleSearchTerm>().Property(t => t.ExactTerm).UseCollation("Latin1_General_100_BIN2");
    }
}
