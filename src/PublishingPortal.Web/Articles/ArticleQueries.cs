using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Articles;

/// <summary>
/// Reads for reader pages: projections with <c>AsNoTracking</c>, one query each, and only articles
/// readers may see (status <see cref="ArticleStatus.Published"/>, a publication instant not in the
/// future, and not expired), whether or not the scheduler has run yet.
/// </summary>
public sealed class ArticleQueries
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the queries.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">Clock deciding what is already published.</param>
    public ArticleQueries(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>Finds a published article by its current slug.</summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page projection, or null when no visible article has that slug.</returns>
    public async Task<ArticlePage?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        return await Visible(now)
            .Where(a => a.Slug == slug)
            .Select(a => new ArticlePage(
                a.Id,
                a.Title,
                a.Slug,
                a.Lead,
                a.BodyHtml,
                a.Byline,
                a.Source,
                a.PublishedAt!.Value,
                a.UpdatedAt,
                a.Category != null ? a.Category.Name : null,
                a.Category != null ? a.Category.Slug : null,
                a.Figures.Where(f => f.ImagePath != null).OrderBy(f => f.Order)
                    .Select(f => new ImageRef(f.ImagePath!, f.Width, f.Height, f.AltText)).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Looks a former slug up.</summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The current slug of the visible article that used to have <paramref name="slug"/>, or null.</returns>
    public async Task<string?> FindRedirectAsync(string slug, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        return await _db.ArticleSlugRedirects.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Join(Visible(now), r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Newest visible articles first.</summary>
    /// <param name="count">How many, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Up to <paramref name="count"/> items.</returns>
    public async Task<IReadOnlyList<ArticleListItem>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        var now = _clock.GetUtcNow();
        return await Visible(now)
            .OrderByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ArticleListItem(
                a.Title,
                a.Slug,
                a.Lead,
                a.PublishedAt!.Value,
                a.Category != null ? a.Category.Name : null,
                a.Figures.Where(f => f.ImagePath != null).OrderBy(f => f.Order)
                    .Select(f => new ImageRef(f.ImagePath!, f.Width, f.Height, f.AltText)).FirstOrDefault()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<Article> Visible(DateTimeOffset now) =>
        _db.Articles.AsNoTracking().Where(a =>
            a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now
            && (a.ExpiresAt == null || a.ExpiresAt > now));
}
