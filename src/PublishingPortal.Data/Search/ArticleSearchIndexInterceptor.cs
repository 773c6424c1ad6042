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
/// scheduler): before a save it notes the articles added, deleted, or changed in title, lead, body, byline or section,
/// the articles that gained or lost a tag (the <c>ArticleTags</c> join rows), and the articles of a tag or section
/// renamed or deleted (their ids read from the database before the save, while the join rows still exist); after the
/// save it reads those articles back (<see cref="SearchDocumentLoader"/>, <see cref="SearchDocumentLoader.BatchSize"/>
/// at a time, so renaming a tag of 10,000 articles never holds them all) and rewrites their index entries on the same
/// connection, inside the caller's transaction when there is one. Status and dates are not indexed (readers' visibility
/// is checked at query time), so a workflow transition costs nothing here. An index write that fails after the articles
/// were saved is logged, not thrown (the save did happen): the next start-up (<see cref="IArticleSearchIndex.EnsureReadyAsync"/>)
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
        // With async false every step runs synchronously, so the task is already complete.
        CaptureAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await CaptureAsync(eventData.Context, async: true, cancellationToken);
        return result;
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

    private static bool IndexedTextChanged(EntityEntry entry) =>
        entry.Property(nameof(Article.Title)).IsModified
        || entry.Property(nameof(Article.Lead)).IsModified
        || entry.Property(nameof(Article.BodyHtml)).IsModified
        || entry.Property(nameof(Article.BodyMarkdown)).IsModified
        || entry.Property(nameof(Article.Byline)).IsModified
        || entry.Property(nameof(Article.CategoryId)).IsModified;

    private static bool NameChangedOrGone(EntityEntry entry, string nameProperty) =>
        entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && entry.Property(nameProperty).IsModified);

    private async Task CaptureAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        // The ArticleTags join rows are a shared-type entity; its key to the article is found through the model.
        var tagsNavigation = context.Model.FindEntityType(typeof(Article))?.FindSkipNavigation(nameof(Article.Tags));
        var joinType = tagsNavigation?.JoinEntityType;
        var joinArticleId = tagsNavigation?.ForeignKey.Properties[0].Name;

        var pending = new PendingChanges();
        var tagIds = new List<int>();
        var categoryIds = new List<int>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Article article when entry.State == EntityState.Added:
                    pending.Added.Add(article);
                    break;
                case Article article when entry.State == EntityState.Modified && IndexedTextChanged(entry):
                    pending.Changed.Add(article.Id);
                    break;
                case Article article when entry.State == EntityState.Deleted:
                    pending.Removals.Add(article.Id);
                    break;
                case Tag tag when NameChangedOrGone(entry, nameof(Tag.Name)):
                    tagIds.Add(tag.Id);
                    break;
                case Category category when NameChangedOrGone(entry, nameof(Category.Name)):
                    categoryIds.Add(category.Id);
                    break;
                default:
                    if (joinType is not null && entry.Metadata == joinType && entry.State is EntityState.Added or EntityState.Deleted)
                    {
                        // A temporary id belongs to an article added in this save, which is indexed anyway.
                        var articleId = entry.Property(joinArticleId!);
                        if (!articleId.IsTemporary && articleId.CurrentValue is int id)
                        {
                            pending.Changed.Add(id);
                        }
                    }

                    break;
            }
        }

        if (tagIds.Count + categoryIds.Count > 0)
        {
            // Read now: a deleted tag's join rows (and a deleted section's links) are gone after the save. Ids only.
            var affected = context.Set<Article>().AsNoTracking()
                .Where(a => a.Tags.Any(t => tagIds.Contains(t.Id)) || (a.CategoryId != null && categoryIds.Contains(a.CategoryId.Value)))
                .Select(a => a.Id);
            pending.Changed.UnionWith(async ? await affected.ToListAsync(cancellationToken) : affected.ToList());
        }

        if (pending.Added.Count + pending.Changed.Count + pending.Removals.Count > 0)
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
        var ids = pending.Changed.Concat(pending.Added.Select(a => a.Id)).Where(id => !pending.Removals.Contains(id)).ToHashSet();
        var written = 0;
        try
        {
            await _store.WriteAsync(context.Database, [], pending.Removals, async, cancellationToken);
            await foreach (var documents in SearchDocumentLoader.LoadByIdsAsync(context.Set<Article>(), ids, async, cancellationToken))
            {
                await _store.WriteAsync(context.Database, documents, [], async, cancellationToken);
                written += documents.Count;
            }
        }
        catch (DbException ex)
        {
            LogIndexWriteFailed(_logger, ex, ids.Count - written, pending.Removals.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index not updated for {UpsertCount} saved and {RemovalCount} deleted articles; missing entries are added at the next start, changed ones when saved again or on a rebuild")]
    private static partial void LogIndexWriteFailed(ILogger logger, Exception exception, int upsertCount, int removalCount);

    private sealed class PendingChanges
    {
        public List<Article> Added { get; } = [];

        public HashSet<int> Changed { get; } = [];

        public HashSet<int> Removals { get; } = [];
    }
}
