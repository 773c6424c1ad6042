using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Notifications;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The one way a change to an article reaches the database, whoever makes it (the editor, the photo editor,
/// the scheduler, the importer). In one database transaction it writes the article, the next revision (the
/// revision list is the article's history, so workflow transitions, photo changes and scheduled runs make one
/// too) and the audit entry; a new article is saved first for its id, inside the same transaction. Then it evicts
/// the cached reader pages when readers may see the difference: the article was or is public
/// (<see cref="ArticleStatusExtensions.IsPublic"/>). A change of state also writes its notifications
/// (<see cref="ArticleNotices"/>) in the same transaction, and wakes the e-mail outbox after the commit.
/// A save that matches no row because the article's <see cref="Article.Version"/> changed since it was read
/// (someone else saved) changes nothing and returns the stored state; one the database refuses (a slug or tag
/// taken meanwhile) changes nothing and says so. Validation and permission checks are the callers'.
/// </summary>
public sealed partial class ArticleCommit
{
    /// <summary>Shown when the database refuses a save, in practice a slug or tag another article took meanwhile.</summary>
    public const string DuplicateMessage = "Không lưu được vì đường dẫn hoặc từ khóa vừa bị một bài khác dùng. Hãy kiểm tra rồi lưu lại.";

    /// <summary>Longest revision summary stored, in characters (longer ones end with "…").</summary>
    public const int SummaryMaxLength = 400;

    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly IOutputCacheStore _cache;
    private readonly TimeProvider _clock;
    private readonly ILogger<ArticleCommit> _logger;
    private readonly ArticleNotices _notices;
    private readonly NotificationSignal _signal;

    /// <summary>Creates the commit step.</summary>
    /// <param name="db">The context holding the change (the caller's, scoped).</param>
    /// <param name="audit">Audit log; its entries are saved with the change.</param>
    /// <param name="cache">Output cache, for <see cref="ReaderCache"/> eviction.</param>
    /// <param name="clock">Clock for the revision's instant.</param>
    /// <param name="logger">Logger for refused saves.</param>
    /// <param name="notices">Writes the notifications of a change of state into the same save.</param>
    /// <param name="signal">Wakes the e-mail outbox once notifications are committed.</param>
    public ArticleCommit(PortalDbContext db, AuditLog audit, IOutputCacheStore cache, TimeProvider clock, ILogger<ArticleCommit> logger, ArticleNotices notices, NotificationSignal signal)
    {
        _notices = notices;
        _signal = signal;
        _db = db;
        _audit = audit;
        _cache = cache;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Audit target of an article, e.g. "Article:42".</summary>
    /// <param name="articleId">Article id.</param>
    /// <returns>The target string.</returns>
    public static string Target(int articleId) => "Article:" + articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Saves the change to <paramref name="article"/> with its revision and audit entry, then evicts reader pages
    /// when the article was or is public (unless <see cref="ArticleChange.CallerEvicts"/>).
    /// </summary>
    /// <param name="article">
    /// The changed article: tracked by this context (loaded, or attached with the concurrency token it was read
    /// with), marked deleted for a purge, or new (id 0, not yet added: it is added here). Tags must be loaded,
    /// the revision copies them.
    /// </param>
    /// <param name="change">Who, the revision summary (or none), the audit entry.</param>
    /// <param name="cancellationToken">Cancels the save (eviction after a save always runs).</param>
    /// <returns>
    /// Saved with the revision number (0 without a revision); Conflict with the stored state (null when the article
    /// was deleted meanwhile); Invalid with <see cref="DuplicateMessage"/> under the key "". After a refusal the
    /// context is cleared: nothing of the change stays tracked.
    /// </returns>
    /// <exception cref="ArgumentException">A revision asked for an article being deleted.</exception>
    public async Task<ArticleSaveResult> CommitAsync(Article article, ArticleChange change, CancellationToken cancellationToken = default)
    {
        var entry = _db.Entry(article);
        var isNew = entry.State is EntityState.Detached or EntityState.Added && article.Id == 0;
        var deleting = entry.State == EntityState.Deleted;
        if (deleting && change.Revision is not null)
        {
            throw new ArgumentException("Bài đang bị xoá không có phiên bản mới.", nameof(change));
        }

        // A new article starts as a draft: created straight into another state counts as that transition.
        var from = isNew ? ArticleStatus.Draft : entry.Property(a => a.Status).OriginalValue;
        var wasPublic = !isNew && from.IsPublic();
        var now = _clock.GetUtcNow();
        int number;
        int notified;
        try
        {
            (number, notified) = isNew
                ? await InsertAsync(article, change, from, now, cancellationToken)
                : await UpdateAsync(article, change, from, now, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            LogConflict(article.Id);
            return await ConflictAsync(article.Id, cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            _db.ChangeTracker.Clear();
            var id = isNew ? 0 : article.Id;
            LogRefused(ex, id);
            return ArticleSaveResult.Invalid(id, new Dictionary<string, string> { [""] = DuplicateMessage });
        }

        if (!change.CallerEvicts && (wasPublic || (!deleting && article.Status.IsPublic())))
        {
            // Committed: the pages must go even if the request that made the change is aborted now.
            await ReaderCache.EvictArticleAsync(_cache, article.Id, CancellationToken.None);
        }

        if (notified > 0)
        {
            _signal.Wake();
        }

        return ArticleSaveResult.Saved(article.Id, number);
    }

    private static string Cut(string text) => text.Length <= SummaryMaxLength ? text : text[..(SummaryMaxLength - 1)] + "…";

    // The revision and the audit entry need the new id: two saves in one transaction.
    private async Task<(int Number, int Notified)> InsertAsync(Article article, ArticleChange change, ArticleStatus from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = change.Revision is null ? 0 : 1;
        var notified = 0;
        var strategy = _db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // A failure rolls the whole transaction back, so EF's savepoint around each save buys nothing and costs
            // four round trips per new article (an import of 100,000 articles, issue 12).
            _db.Database.AutoSavepointsEnabled = false;
            try
            {
                await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
                _db.Articles.Add(article);
                await _db.SaveChangesAsync(cancellationToken);
                AddRecords(article, change, number, now);
                notified = await _notices.AddAsync(article, from, change.By, now, cancellationToken);
                await _db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                _db.Database.AutoSavepointsEnabled = true;
            }
        });
        return (number, notified);
    }

    // One SaveChanges is one transaction: the article (its token compared in the UPDATE), the revision, the entry.
    private async Task<(int Number, int Notified)> UpdateAsync(Article article, ArticleChange change, ArticleStatus from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = change.Revision is null
            ? 0
            : (await _db.ArticleRevisions.Where(r => r.ArticleId == article.Id)
                .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

        if (change.Pending != PendingCorrection.Keep)
        {
            article.PendingRevisionNumber = change.Pending == PendingCorrection.Mark && number > 0 ? number : null;
        }

        // A change to figures or tags alone must still renew the token and be one revision of the article.
        if (_db.Entry(article).State == EntityState.Unchanged && !change.KeepsFormVersion)
        {
            _db.Entry(article).Property(a => a.UpdatedAt).IsModified = true;
        }

        AddRecords(article, change, number, now);
        var notified = _db.Entry(article).State == EntityState.Deleted ? 0 : await _notices.AddAsync(article, from, change.By, now, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        return (number, notified);
    }

    private void AddRecords(Article article, ArticleChange change, int number, DateTimeOffset now)
    {
        if (change.Revision is { } summary)
        {
            var revision = ArticleRevision.Of(change.RevisionOf ?? article, number, change.By.UserId, change.By.Name, Cut(summary), now);
            revision.ArticleId = article.Id;
            _db.ArticleRevisions.Add(revision);
        }

        _audit.Add(change.AuditAction, Target(article.Id), change.AuditDetails(number), change.By.UserId, change.By.IsSystem ? change.By.Name : null);
    }

    // What the database holds now, as a revision-shaped snapshot, with who saved it last.
    private async Task<ArticleSaveResult> ConflictAsync(int articleId, CancellationToken cancellationToken)
    {
        var current = await _db.Articles.AsNoTracking().Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (current is null)
        {
            return ArticleSaveResult.Conflicted(articleId, null, null);
        }

        var latest = await _db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var snapshot = ArticleRevision.Of(current, latest?.Number ?? 0, latest?.UserId, latest?.UserName ?? "", latest?.Summary ?? "", latest?.CreatedAt ?? current.UpdatedAt);
        return ArticleSaveResult.Conflicted(articleId, snapshot, current.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change to article {ArticleId} refused: it was saved by someone else after it was read")]
    private partial void LogConflict(int articleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change to article {ArticleId} refused by the database (duplicate slug or tag?)")]
    private partial void LogRefused(Exception exception, int articleId);
}
