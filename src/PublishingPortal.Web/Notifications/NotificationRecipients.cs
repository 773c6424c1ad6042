using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// Who is told about a transition (issue 11): the desk that must act next. An article reaching
/// <see cref="ArticleStatus.Submitted"/> goes to the editors, or to the publishers when the newsroom has no
/// Editor account (someone must see it); one reaching <see cref="ArticleStatus.InReview"/> goes to the publishers.
/// Role membership is Identity's (explicit roles; an Administrator is not on a desk unless they hold its role).
/// The person who acted is left out by <see cref="ArticleNotices"/>, not here.
/// </summary>
public sealed class NotificationRecipients
{
    private readonly PortalDbContext _db;

    /// <summary>Creates the lookup.</summary>
    /// <param name="db">The commit's context (the lookup runs inside its transaction).</param>
    public NotificationRecipients(PortalDbContext db)
    {
        _db = db;
    }

    /// <summary>The account ids of the desk for an article that has just reached <paramref name="status"/>.</summary>
    /// <param name="status">Submitted or InReview; any other state has no desk.</param>
    /// <param name="article">The article (its section is what <see cref="InArticleSection"/> will narrow by).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Distinct account ids, possibly none; one or two small queries.</returns>
    public async Task<IReadOnlyList<string>> DeskAsync(ArticleStatus status, Article article, CancellationToken cancellationToken)
    {
        switch (status)
        {
            case ArticleStatus.Submitted:
                var editors = await InRoleAsync(NewsroomRoles.Editor, article, cancellationToken);
                return editors.Count > 0 ? editors : await InRoleAsync(NewsroomRoles.Publisher, article, cancellationToken);
            case ArticleStatus.InReview:
                return await InRoleAsync(NewsroomRoles.Publisher, article, cancellationToken);
            default:
                return [];
        }
    }

    /// <summary>
    /// Narrows candidate accounts to those who may work in the article's section. Today every account may
    /// work in every section, so this returns <paramref name="userIds"/> as is; per-section rights (i11-rights)
    /// filter here, in the query, so both desks and the fallback above follow them.
    /// </summary>
    /// <param name="userIds">Ids of the accounts holding the desk's role.</param>
    /// <param name="article">The article, for <see cref="Article.CategoryId"/>.</param>
    /// <returns>The narrowed query.</returns>
    public static IQueryable<string> InArticleSection(IQueryable<string> userIds, Article article) => userIds;

    private Task<List<string>> InRoleAsync(string role, Article article, CancellationToken cancellationToken)
    {
        var ids = from userRole in _db.UserRoles
                  join r in _db.Roles on userRole.RoleId equals r.Id
                  where r.Name == role
                  select userRole.UserId;
        return InArticleSection(ids, article).Distinct().ToListAsync(cancellationToken);
    }
}
