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
/// An account limited to some sections for the desk's right (editing for Submitted, publishing for InReview) is told
/// only about articles in those sections (<see cref="SectionGrant"/>; a parent section includes its children; an
/// article without a section only reaches unlimited accounts, as <c>ArticleAuthorizationHandler</c> decides).
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
    /// <param name="article">The article (its section is what <see cref="InArticleSectionAsync"/> will narrow by).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Distinct account ids, possibly none; one or two small queries.</returns>
    public async Task<IReadOnlyList<string>> DeskAsync(ArticleStatus status, Article article, CancellationToken cancellationToken)
    {
        switch (status)
        {
            case ArticleStatus.Submitted:
                var editors = await InRoleAsync(NewsroomRoles.Editor, SectionRight.Edit, article, cancellationToken);
                return editors.Count > 0 ? editors : await InRoleAsync(NewsroomRoles.Publisher, SectionRight.Publish, article, cancellationToken);
            case ArticleStatus.InReview:
                return await InRoleAsync(NewsroomRoles.Publisher, SectionRight.Publish, article, cancellationToken);
            default:
                return [];
        }
    }

    /// <summary>
    /// Narrows candidate accounts to those who may use <paramref name="right"/> in the article's section: no grant for
    /// that right (every section), or a grant for the section or its parent. In the query, so both desks and the
    /// fallback above follow it.
    /// </summary>
    /// <param name="userIds">Ids of the accounts holding the desk's role.</param>
    /// <param name="right">The right the desk's next step uses.</param>
    /// <param name="article">The article, for <see cref="Article.CategoryId"/>.</param>
    /// <param name="cancellationToken">Cancels the parent lookup.</param>
    /// <returns>The narrowed query.</returns>
    public async Task<IQueryable<string>> InArticleSectionAsync(IQueryable<string> userIds, SectionRight right, Article article, CancellationToken cancellationToken)
    {
        var grants = _db.SectionGrants.Where(g => g.Right == right);
        if (article.CategoryId is not { } sectionId)
        {
            return userIds.Where(id => !grants.Any(g => g.UserId == id));
        }

        var parentId = await _db.Categories.Where(c => c.Id == sectionId).Select(c => c.ParentId).FirstOrDefaultAsync(cancellationToken) ?? sectionId;
        return userIds.Where(id => !grants.Any(g => g.UserId == id)
            || grants.Any(g => g.UserId == id && (g.CategoryId == sectionId || g.CategoryId == parentId)));
    }

    private async Task<List<string>> InRoleAsync(string role, SectionRight right, Article article, CancellationToken cancellationToken)
    {
        var ids = from userRole in _db.UserRoles
                  join r in _db.Roles on userRole.RoleId equals r.Id
                  where r.Name == role
                  select userRole.UserId;
        return await (await InArticleSectionAsync(ids, right, article, cancellationToken)).Distinct().ToListAsync(cancellationToken);
    }
}
