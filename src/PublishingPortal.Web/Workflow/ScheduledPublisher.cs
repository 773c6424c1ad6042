using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Workflow;

/// <summary>
/// Carries out what is due: Scheduled articles whose publication instant has come become Published,
/// Published articles whose expiry has come become Unpublished. Each change is audited (as the
/// system) and evicts the cached reader pages. Reader queries also hide expired and future articles
/// by themselves, so a late run never shows readers something early.
/// </summary>
public sealed class ScheduledPublisher
{
    /// <summary>User name recorded in the audit log and revisions for the job.</summary>
    public const string SystemUser = "hệ thống (lịch)";

    private readonly PortalDbContext _db;
    private readonly IOutputCacheStore _cache;

    /// <summary>Creates the publisher.</summary>
    /// <param name="db">The context.</param>
    /// <param name="cache">Output cache to evict.</param>
    public ScheduledPublisher(PortalDbContext db, IOutputCacheStore cache)
    {
        _db = db;
        _cache = cache;
    }

    /// <summary>Publishes and expires what is due at <paramref name="now"/>.</summary>
    /// <param name="now">The current UTC instant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many articles were published and how many expired.</returns>
    public async Task<(int Published, int Expired)> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await _db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt != null && a.PublishedAt <= now)
            .ToListAsync(cancellationToken);
        var expired = await _db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.ExpiresAt != null && a.ExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            article.Status = ArticleStatus.Published;
            article.UpdatedAt = now;
            Audit(article, now, "Xuất bản theo lịch");
        }

        foreach (var article in expired)
        {
            article.Status = ArticleStatus.Unpublished;
            article.UpdatedAt = now;
            Audit(article, now, "Hết hạn, gỡ xuống");
        }

        if (due.Count + expired.Count > 0)
        {
            await _db.SaveChangesAsync(cancellationToken);
            await ReaderCache.EvictArticlesAsync(_cache, due.Concat(expired).Select(a => a.Id), cancellationToken);
        }

        return (due.Count, expired.Count);
    }

    private void Audit(Article article, DateTimeOffset now, string details) =>
        _db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserName = SystemUser,
            Action = AuditActions.ArticleTransition,
            Target = "Article:" + article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Details = details,
        });
}
