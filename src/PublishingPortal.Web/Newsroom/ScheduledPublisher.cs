using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Monitoring;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Carries out what is due (<see cref="ArticleWorkflow.FallsDue"/>): Scheduled articles whose publication instant
/// has come are published, Published articles whose expiry has come are taken down. Each is a workflow transition
/// decided and applied by <see cref="ArticleWorkflow"/> for <see cref="Actor.System"/>, committed on its own through
/// <see cref="ArticleCommit"/> with a revision and an audit entry under <see cref="EditorIdentity.ScheduleName"/>; an article that
/// an editor saved after the run read it conflicts, is left as it is and is retried on the next run, and the
/// others go ahead. The cached reader pages are evicted once per run. Reader queries hide expired and future
/// articles by themselves (<see cref="ReaderVisibility"/>), so a late run never shows readers something early.
/// </summary>
public sealed class ScheduledPublisher
{
    private readonly PortalDbContext _db;
    private readonly ArticleCommit _commit;
    private readonly IOutputCacheStore _cache;
    private readonly ScheduleLeaseClaim _lease;
    private readonly PortalMetrics _metrics;

    /// <summary>Creates the publisher.</summary>
    /// <param name="db">The context.</param>
    /// <param name="commit">The commit step every article change goes through.</param>
    /// <param name="cache">Output cache to evict.</param>
    /// <param name="lease">The schedule lease: only its holder runs when several instances share the database.</param>
    /// <param name="metrics">Articles published and expired (<c>portal.schedule.transitions</c>).</param>
    public ScheduledPublisher(PortalDbContext db, ArticleCommit commit, IOutputCacheStore cache, ScheduleLeaseClaim lease, PortalMetrics metrics)
    {
        _metrics = metrics;
        _db = db;
        _commit = commit;
        _cache = cache;
        _lease = lease;
    }

    /// <summary>Publishes and expires what is due at <paramref name="now"/>.</summary>
    /// <param name="now">The current UTC instant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many articles were published and how many expired (conflicting ones are not counted); (0, 0) when another instance holds the schedule lease.</returns>
    public async Task<(int Published, int Expired)> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // Several instances on one database: only the lease holder runs, so each due article is handled once and
        // the others have nothing to report (no conflicts, no errors).
        if (!await _lease.TryClaimAsync(ScheduleLeaseClaim.ScheduleJob, now, cancellationToken))
        {
            return (0, 0);
        }

        // Read once, untracked: each article is attached on its own below with the token read here, so an
        // editor's save since this read is a conflict for that article only.
        var due = await _db.Articles.AsNoTracking().Include(a => a.Tags)
            .Where(ArticleWorkflow.FallsDue(now))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        int published = 0, expired = 0;
        var changed = new List<int>();
        foreach (var article in due)
        {
            if (ArticleWorkflow.DueAction(article, now) is not { } action
                || !ArticleWorkflow.Decide(Actor.System, action, article.Status, article.AuthorId).Allowed)
            {
                continue;
            }

            _db.ChangeTracker.Clear();
            _db.Articles.Attach(article);
            ArticleWorkflow.Apply(article, action, now);
            var text = action == WorkflowAction.Publish ? "Xuất bản theo lịch" : "Hết hạn, gỡ xuống";
            var result = await _commit.CommitAsync(article, new ArticleChange(
                EditorIdentity.Schedule,
                Revision: text,
                AuditActions.ArticleTransition,
                _ => text) { CallerEvicts = true }, cancellationToken);
            if (result.Outcome != ArticleSaveOutcome.Saved)
            {
                continue;
            }

            changed.Add(article.Id);
            if (action == WorkflowAction.Publish)
            {
                published++;
            }
            else
            {
                expired++;
            }
        }

        if (changed.Count > 0)
        {
            await ReaderCache.EvictArticlesAsync(_cache, changed, cancellationToken);
        }

        _metrics.ScheduleRan(published, expired);
        return (published, expired);
    }
}
