using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Keeps the search index (any provider's <see cref="IArticleSearchStore"/>) current whatever code saves an article (admin editor, importer, seeder,
/// scheduler): before a save it notes the articles added, deleted, or changed in title, lead or body; after
/// the save it rewrites their index entries on the same connection, inside the caller's transaction when
/// there is one. Status and dates are not indexed (readers' visibility is checked at query time), so a
/// workflow transition costs nothing here. An index write that fails after the articles were saved is
/// logged, not thrown (the save did happen): the next start-up (<see cref="IArticleSearchIndex.EnsureReadyAsync"/>)
/// adds entries that are missing, and a changed entry stays stale until the article is saved again or the
/// index is rebuilt (<see cref="IArticleSearchIndex.RebuildAsync"/>). Bulk updates that bypass the change tracker (<c>ExecuteUpdate</c>, raw SQL) are
/// not seen: they call <see cref="IArticleSearchIndex.UpsertAsync"/> themselves.
/// </summary>
public sealed partial class ArticleSearchIndexInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingChanges> _pending = [];
    private readonly ILogger<ArticleSearchIndexInterceptor> _logger;
    private readonly IArticleSearchStore _store;

    /// <summary>Creates the interceptor (one per application).</summary>
    /// <param name="logger">Logger for failed index writes.</param>
    /// <param name="store">The provider's index writer.</param>
    public ArticleSearchIndexInterceptor(ILogger<ArticleSearchIndexInterceptor> logger, IArticleSearchStore store)
    {
        _logger = logger;
        _store = store;
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // With async false every step runs synchronously, so the task is already complete.
        ApplyAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Forget(eventData.Context);
    }

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Forget(eventData.Context);
    }

    /// <inheritdoc />
    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool TextChanged(EntityEntry<Article> entry) =>
        entry.Property(a => a.Title).IsModified
        || entry.Property(a => a.Lead).IsModified
        || entry.Property(a => a.BodyHtml).IsModified
        || entry.Property(a => a.BodyMarkdown).IsModified;

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = new PendingChanges();
        foreach (var entry in context.ChangeTracker.Entries<Article>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                case EntityState.Modified when TextChanged(entry):
                    pending.Upserts.Add(entry.Entity);
                    break;
                case EntityState.Deleted:
                    pending.Removals.Add(entry.Entity.Id);
                    break;
            }
        }

        if (pending.Upserts.Count + pending.Removals.Count > 0)
        {
            _pending.AddOrUpdate(context, pending);
        }
        else
        {
            _pending.Remove(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private async Task ApplyAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);

        // Ids of added articles are known only now, after the insert.
        var documents = pending.Upserts.ConvertAll(ArticleSearchDocument.From);
        try
        {
            await _store.WriteAsync(context.Database, documents, pending.Removals, async, cancellationToken);
        }
        catch (DbException ex)
        {
            LogIndexWriteFailed(_logger, ex, documents.Count, pending.Removals.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index not updated for {UpsertCount} saved and {RemovalCount} deleted articles; missing entries are added at the next start, changed ones when saved again or on a rebuild")]
    private static partial void LogIndexWriteFailed(ILogger logger, Exception exception, int upsertCount, int removalCount);

    private sealed class PendingChanges
    {
        public List<Article> Upserts { get; } = [];

        public List<int> Removals { get; } = [];
    }
}
