using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Web.ViewCounting;

/// <summary>Adds buffered counts to <see cref="ArticleViewCount"/> rows (increment in SQL, insert the first time).</summary>
public sealed class ViewCountWriter
{
    private readonly PortalDbContext _db;

    /// <summary>Creates the writer.</summary>
    /// <param name="db">The context.</param>
    public ViewCountWriter(PortalDbContext db)
    {
        _db = db;
    }

    /// <summary>Writes counts in one transaction; ids of articles that do not exist are dropped.</summary>
    /// <param name="counts">Article id → views to add.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Number of articles updated.</returns>
    public async Task<int> WriteAsync(IReadOnlyDictionary<int, long> counts, CancellationToken cancellationToken = default)
    {
        if (counts.Count == 0)
        {
            return 0;
        }

        var ids = counts.Keys.ToList();
        var existing = await _db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var withRow = await _db.ArticleViewCounts.AsNoTracking().Where(v => ids.Contains(v.ArticleId)).Select(v => v.ArticleId).ToListAsync(cancellationToken);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in existing)
        {
            var add = counts[id];
            if (withRow.Contains(id))
            {
                await _db.ArticleViewCounts.Where(v => v.ArticleId == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Views, v => v.Views + add), cancellationToken);
            }
            else
            {
                _db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = id, Views = add });
            }
        }

        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return existing.Count;
    }
}
