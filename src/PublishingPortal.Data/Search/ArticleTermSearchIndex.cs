using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The term-table search index of SQL Server: <c>ArticleSearchTerms</c> (one row per token), created by the SQL Server
/// migrations and written by <see cref="ArticleTermStore"/>; provider-neutral, so tests run it on PostgreSQL.
/// </summary>
public sealed class ArticleTermSearchIndex : ServerArticleSearchIndex
{
    /// <summary>Creates the index.</summary>
    /// <param name="db">The context (its model must map <see cref="ArticleSearchTerm"/> and <see cref="ArticleSearchInfo"/>).</param>
    /// <param name="store">The store.</param>
    /// <param name="logger">Logger for rebuilds and repairs.</param>
    public ArticleTermSearchIndex(PortalDbContext db, ArticleTermStore store, ILogger<ArticleTermSearchIndex> logger)
        : base(db, store, logger)
    {
    }

    /// <inheritdoc />
    protected override int FormatVersion => ArticleTermStore.FormatVersion;

    /// <inheritdoc />
    protected override IQueryable<int> IndexedArticleIds => Db.Set<ArticleSearchTerm>().Select(t => t.ArticleId);

    /// <inheritdoc />
    protected override Task ClearAsync(CancellationToken cancellationToken) =>
        Db.Set<ArticleSearchTerm>().ExecuteDeleteAsync(cancellationToken);
}
