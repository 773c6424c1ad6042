using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearchIndex"/> for SQLite: the FTS5 table <c>ArticleSearch</c> (rowid = article id; folded and
/// exact tokens of title, lead and body) and <c>ArticleSearchInfo</c> (the stored format version). Not part of the
/// EF model or its migrations: a derived structure created at start-up, dropped and rebuilt whenever
/// <see cref="SqliteSearchStore.FormatVersion"/> changes. Every article is indexed whatever its state.
/// </summary>
public sealed partial class SqliteArticleSearchIndex : IArticleSearchIndex
{
    private const int BatchSize = 500;

    private readonly PortalDbContext _db;
    private readonly ILogger<SqliteArticleSearchIndex> _logger;

    /// <summary>Creates the index.</summary>
    /// <param name="db">The context (SQLite).</param>
    /// <param name="logger">Logger for rebuilds and repairs.</param>
    public SqliteArticleSearchIndex(PortalDbContext db, ILogger<SqliteArticleSearchIndex> logger)
    {
        _db = db;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        await _db.Database.ExecuteSqlRawAsync(SqliteSearchStore.CreateSql, cancellationToken);
        // At most one row (Name is the key); read as a list, since First without OrderBy draws an EF warning.
        var format = (await _db.Database.SqlQueryRaw<string>(SqliteSearchStore.ReadFormatSql)
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (format != SqliteSearchStore.FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            var count = await RebuildAsync(cancellationToken);
            LogRebuilt(_logger, count, SqliteSearchStore.FormatVersion);
            return;
        }

        var indexed = (await _db.Database.SqlQueryRaw<long>(SqliteSearchStore.IndexedIdsSql)
            .ToListAsync(cancellationToken)).ConvertAll(id => (int)id).ToHashSet();
        var articles = await _db.Articles.AsNoTracking().Select(a => a.Id).ToListAsync(cancellationToken);
        var missing = articles.Where(id => !indexed.Contains(id)).ToList();
        indexed.ExceptWith(articles);
        if (missing.Count == 0 && indexed.Count == 0)
        {
            return;
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await SqliteSearchStore.Instance.WriteAsync(_db.Database, [], indexed, async: true, cancellationToken);
        foreach (var chunk in missing.Chunk(BatchSize))
        {
            var documents = await SearchDocumentLoader.LoadAsync(_db.Articles.Where(a => chunk.Contains(a.Id)), async: true, cancellationToken);
            await SqliteSearchStore.Instance.WriteAsync(_db.Database, documents, [], async: true, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogRepaired(_logger, missing.Count, indexed.Count);
    }

    /// <inheritdoc />
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        // One transaction: readers see the old index until the new one is complete.
        await using var transaction = _db.Database.CurrentTransaction is null
            ? await _db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await _db.Database.ExecuteSqlRawAsync(SqliteSearchStore.DropSql, cancellationToken);
        await _db.Database.ExecuteSqlRawAsync(SqliteSearchStore.CreateSql, cancellationToken);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var after = lastId;
            var documents = await SearchDocumentLoader.LoadAsync(
                _db.Articles.Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize), async: true, cancellationToken);
            if (documents.Count == 0)
            {
                break;
            }

            await SqliteSearchStore.Instance.WriteAsync(_db.Database, documents, [], async: true, cancellationToken);
            count += documents.Count;
            lastId = documents[^1].ArticleId;
        }

        await _db.Database.ExecuteSqlRawAsync(
            SqliteSearchStore.WriteFormatSql,
            [SqliteSearchStore.FormatVersion.ToString(CultureInfo.InvariantCulture)],
            cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyCollection<ArticleSearchDocument> documents, CancellationToken cancellationToken = default)
    {
        return SqliteSearchStore.Instance.WriteAsync(_db.Database, documents, [], async: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default)
    {
        return SqliteSearchStore.Instance.WriteAsync(_db.Database, [], articleIds, async: true, cancellationToken);
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {ArticleCount} articles, format {Format}")]
    private static partial void LogRebuilt(ILogger logger, int articleCount, int format);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index repaired: {MissingCount} articles added, {OrphanCount} entries of deleted articles removed")]
    private static partial void LogRepaired(ILogger logger, int missingCount, int orphanCount);
}
