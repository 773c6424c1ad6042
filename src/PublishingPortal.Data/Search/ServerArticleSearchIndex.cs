using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// What the server databases' search indexes share: tables created by migrations, the stored format in
/// <see cref="ArticleSearchInfo"/>, entries written by an <see cref="IArticleSearchStore"/>, entries of deleted articles
/// removed by the foreign key's cascade. At start the index is rebuilt when its format differs and completed with the
/// articles it lacks (a database from before search, rows added behind the data layer's back), inside one transaction
/// that holds an application lock, so instances starting together do the work once.
/// </summary>
public abstract partial class ServerArticleSearchIndex : IArticleSearchIndex
{
    /// <summary>Articles read and written per batch.</summary>
    public const int BatchSize = 200;

    /// <summary>
    /// Key of the PostgreSQL transaction advisory lock held while the index is readied or rebuilt
    /// (<c>pg_advisory_xact_lock</c>); the bytes spell "PPSEARCH".
    /// </summary>
    public const long IndexLockKey = 0x5050534541524348;

    private const string FormatName = "Format";

    private readonly IArticleSearchStore _store;
    private readonly ILogger _logger;

    /// <summary>Creates the index.</summary>
    /// <param name="db">The context.</param>
    /// <param name="store">Writes the entries.</param>
    /// <param name="logger">Logger for rebuilds and repairs.</param>
    protected ServerArticleSearchIndex(PortalDbContext db, IArticleSearchStore store, ILogger logger)
    {
        Db = db;
        _store = store;
        _logger = logger;
    }

    /// <summary>The context.</summary>
    protected PortalDbContext Db { get; }

    /// <summary>The format the code writes; a different stored one means rebuild.</summary>
    protected abstract int FormatVersion { get; }

    /// <summary>Ids of the articles that have entries (duplicates allowed).</summary>
    protected abstract IQueryable<int> IndexedArticleIds { get; }

    /// <summary>Deletes every entry (in the current transaction).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when deleted.</returns>
    protected abstract Task ClearAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(cancellationToken);

        // At most one row (Name is the key); read as a list, since First without OrderBy draws an EF warning.
        var format = (await Db.Set<ArticleSearchInfo>().AsNoTracking()
            .Where(i => i.Name == FormatName).Select(i => i.Value)
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (format != FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            var count = await RebuildCoreAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogRebuilt(_logger, count, FormatVersion);
            return;
        }

        var indexed = IndexedArticleIds;
        var missing = await Db.Articles.AsNoTracking()
            .Where(a => !indexed.Contains(a.Id))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        foreach (var chunk in missing.Chunk(BatchSize))
        {
            var documents = await SearchDocumentLoader.LoadAsync(Db.Articles.Where(a => chunk.Contains(a.Id)), async: true, cancellationToken);
            await _store.WriteAsync(Db.Database, documents, [], async: true, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (missing.Count > 0)
        {
            LogRepaired(_logger, missing.Count);
        }
    }

    /// <inheritdoc />
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        // One transaction: readers see the old index until the new one is complete.
        await using var transaction = Db.Database.CurrentTransaction is null
            ? await Db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await LockAsync(cancellationToken);
        var count = await RebuildCoreAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyCollection<ArticleSearchDocument> documents, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(Db.Database, documents, [], async: true, cancellationToken);

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(Db.Database, [], articleIds, async: true, cancellationToken);


    // Serialises instances that ready or rebuild the index at the same time; released with the transaction.
    // SQL Server's statement is the documented sp_getapplock call; it has not been run against a real server.
    private async Task LockAsync(CancellationToken cancellationToken)
    {
        if (Db is PostgreSqlPortalDbContext)
        {
            await Db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({IndexLockKey})", cancellationToken);
        }
        else if (Db is SqlServerPortalDbContext)
        {
            await Db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'PublishingPortal.SearchIndex', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = -1",
                cancellationToken);
        }
    }

    private async Task<int> RebuildCoreAsync(CancellationToken cancellationToken)
    {
        await ClearAsync(cancellationToken);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var after = lastId;
            var documents = await SearchDocumentLoader.LoadAsync(
                Db.Articles.Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize), async: true, cancellationToken);
            if (documents.Count == 0)
            {
                break;
            }

            await _store.WriteAsync(Db.Database, documents, [], async: true, cancellationToken);
            count += documents.Count;
            lastId = documents[^1].ArticleId;
        }

        await Db.Set<ArticleSearchInfo>().Where(i => i.Name == FormatName).ExecuteDeleteAsync(cancellationToken);
        var info = Db.Set<ArticleSearchInfo>().Add(new ArticleSearchInfo { Name = FormatName, Value = FormatVersion.ToString(CultureInfo.InvariantCulture) });
        await Db.SaveChangesAsync(cancellationToken);

        // Not kept tracked: a second rebuild on the same context adds the row again.
        info.State = EntityState.Detached;
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {ArticleCount} articles, format {Format}")]
    private static partial void LogRebuilt(ILogger logger, int articleCount, int format);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index repaired: {MissingCount} articles added")]
    private static partial void LogRepaired(ILogger logger, int missingCount);
}
