using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The edit form's autosaves (issue 10, "never lose work"): one row per user and article, overwritten by each
/// autosave, read back to offer "Khôi phục", deleted when that user saves the article or dismisses the offer.
/// Never a revision and never an audit entry: an autosave is what was typed, not a saved state.
/// </summary>
public sealed class ArticleAutosaves
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="db">The portal database.</param>
    /// <param name="clock">Time source for <see cref="ArticleAutosave.SavedAt"/>.</param>
    public ArticleAutosaves(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>The user's autosave of the article, or null.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="userId">Account id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The row (not tracked), or null.</returns>
    public Task<ArticleAutosave?> FindAsync(int articleId, string userId, CancellationToken cancellationToken = default) =>
        _db.ArticleAutosaves.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ArticleId == articleId && a.UserId == userId && a.DraftKey == "", cancellationToken);

    /// <summary>Inserts or overwrites the user's autosave of the article, stamped now (UTC).</summary>
    /// <param name="articleId">Article id (the caller checked the user may edit it).</param>
    /// <param name="userId">Account id.</param>
    /// <param name="title">Title as typed; cut to <see cref="Article.TitleMaxLength"/> characters.</param>
    /// <param name="lead">Lead as typed.</param>
    /// <param name="bodyMarkdown">Body as typed.</param>
    /// <param name="baseVersion">The article version the form was loaded at.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The instant stored.</returns>
    public async Task<DateTimeOffset> UpsertAsync(
        int articleId, string userId, string title, string lead, string bodyMarkdown, Guid baseVersion, CancellationToken cancellationToken = default)
    {
        var row = await _db.ArticleAutosaves
            .SingleOrDefaultAsync(a => a.ArticleId == articleId && a.UserId == userId && a.DraftKey == "", cancellationToken);
        if (row is null)
        {
            row = new ArticleAutosave { ArticleId = articleId, UserId = userId };
            _db.ArticleAutosaves.Add(row);
        }

        row.Title = title.Length > Article.TitleMaxLength ? title[..Article.TitleMaxLength] : title;
        row.Lead = lead;
        row.BodyMarkdown = bodyMarkdown;
        row.BaseVersion = baseVersion;
        row.SavedAt = _clock.GetUtcNow();
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (_db.Entry(row).State == EntityState.Added)
        {
            // Two autosaves of the same form raced to insert: the other one is as recent, keep it.
            _db.Entry(row).State = EntityState.Detached;
        }

        return row.SavedAt;
    }

    /// <summary>Deletes the user's autosave of the article, if any.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="userId">Account id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Whether a row was deleted.</returns>
    public async Task<bool> DeleteAsync(int articleId, string userId, CancellationToken cancellationToken = default) =>
        await _db.ArticleAutosaves
            .Where(a => a.ArticleId == articleId && a.UserId == userId && a.DraftKey == "")
            .ExecuteDeleteAsync(cancellationToken) > 0;
}
