using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The PostgreSQL search index: <c>ArticleSearchDocuments</c> (one row per article, <c>tsvector</c>s with a GIN index),
/// created by the PostgreSQL migrations and written by <see cref="PostgreSqlSearchStore"/>.
/// </summary>
public sealed class PostgreSqlArticleSearchIndex : ServerArticleSearchIndex
{
    /// <summary>Creates the index.</summary>
    /// <param name="db">The context (PostgreSQL).</param>
    /// <param name="store">The store.</param>
    /// <param name="logger">Logger for rebuilds and repairs.</param>
    public PostgreSqlArticleSearchIndex(PortalDbContext db, PostgreSqlSearchStore store, ILogger<PostgreSqlArticleSearchIndex> logger)
        : base(db, store, logger)
    {
    }

    /// <inheritdoc />
    protected override int FormatVersion => PostgreSqlSearchStore.FormatVersion;

    /// <inheritdoc />
    protected override IQueryable<int> IndexedArticleIds => Db.Set<PostgreSqlSearchDocument>().Select(d => d.ArticleId);

    /// <inheritdoc />
    protected override Task ClearAsync(CancellationToken cancellationToken) =>
        Db.Set<PostgreSqlSearchDocument>().ExecuteDeleteAsync(cancellationToken);
}
