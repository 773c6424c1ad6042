using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Asks the authorization service about an article, and tells a refusal because of the article's
/// state (a second click on "Gửi duyệt", publishing a trashed article) from a refusal because of
/// who the user is. The first is answered with a message and no change; the second with 403.
/// </summary>
public static class WorkflowRefusal
{
    // An Administrator who is nobody's author passes every role rule, so only state rules can refuse it.
    private static readonly Actor StateProbe = new("", new HashSet<string>(StringComparer.Ordinal) { NewsroomRoles.Administrator });

    /// <summary>Whether the user may take an action on an article (the resource-based policy).</summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="article">The article as stored.</param>
    /// <param name="action">The action.</param>
    /// <returns>True when allowed.</returns>
    public static async Task<bool> MayAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Article article, WorkflowAction action)
    {
        var result = await authorization.AuthorizeAsync(user, ArticleAccess.Of(article), new ArticleOperationRequirement(action));
        return result.Succeeded;
    }

    /// <summary>
    /// Whether the user may put an article into a section (issue 11, per-section rights): for a new article, create it
    /// there (writing); for a stored one, edit it as if it already were there (writing for one's own, editing for
    /// others'). Asked of the same resource-based policy as every other action.
    /// </summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="article">The stored article, or null for one about to be created.</param>
    /// <param name="categoryId">The section chosen, or null for none (open only to accounts not limited in that right).</param>
    /// <returns>True when allowed.</returns>
    public static async Task<bool> MayPlaceInAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Article? article, int? categoryId)
    {
        var (access, action) = article is null
            ? (ArticleAccess.NewDraft(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", categoryId), WorkflowAction.Create)
            : (ArticleAccess.Of(article) with { CategoryId = categoryId }, WorkflowAction.Edit);
        var result = await authorization.AuthorizeAsync(user, access, new ArticleOperationRequirement(action));
        return result.Succeeded;
    }

    /// <summary>
    /// Whether the user may change what readers see of this article in its section (issue 11): the Publisher role and
    /// the publishing right there, asked as "may take it down" of the article as if it were live, so the article's
    /// own state does not matter. A save by someone who may not is a pending correction, and only someone who may
    /// approves one.
    /// </summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="article">The article as stored.</param>
    /// <returns>True when allowed.</returns>
    public static async Task<bool> MayPublishLiveAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Article article)
    {
        var result = await authorization.AuthorizeAsync(
            user, ArticleAccess.Of(article) with { Status = ArticleStatus.Published }, new ArticleOperationRequirement(WorkflowAction.Unpublish));
        return result.Succeeded;
    }

    /// <summary>
    /// Whether a refused action was refused only because of the article's state: the state does not permit it, but
    /// this user could take it on this very article (its author and section) in some other state. A refusal about the
    /// role or about the section (issue 11) is not, and answers 403.
    /// </summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="action">The refused action.</param>
    /// <param name="article">The article as stored.</param>
    /// <returns>True for a refusal about the state.</returns>
    public static async Task<bool> IsAboutStateAsync(this IAuthorizationService authorization, ClaimsPrincipal user, WorkflowAction action, Article article) =>
        !StateAllows(action, article.Status) && await authorization.MayInSomeStateAsync(user, action, article);

    /// <summary>
    /// Whether the user could take an action on this article (its author and section) in some state, e.g. edit an
    /// article that moved on since the form was loaded. False when the role or the section (issue 11) refuses.
    /// </summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="action">The action.</param>
    /// <param name="article">The article as stored.</param>
    /// <returns>True when some state would allow it (at most one question per state; the sections are read once per request).</returns>
    public static async Task<bool> MayInSomeStateAsync(this IAuthorizationService authorization, ClaimsPrincipal user, WorkflowAction action, Article article)
    {
        var access = ArticleAccess.Of(article);
        foreach (var status in Enum.GetValues<ArticleStatus>())
        {
            if ((await authorization.AuthorizeAsync(user, access with { Status = status }, new ArticleOperationRequirement(action))).Succeeded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which page of the article the user may open: the editor when they may edit it; for a trashed article,
    /// its page with restore and purge when they may take either; otherwise none.
    /// </summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="article">The article as stored.</param>
    /// <returns>The page, asked of the resource-based policy (up to three questions).</returns>
    public static async Task<EditPageAccess> EditPageAccessAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Article article)
    {
        if (await authorization.MayAsync(user, article, WorkflowAction.Edit))
        {
            return EditPageAccess.Editor;
        }

        return article.Status == ArticleStatus.Trashed
            && (await authorization.MayAsync(user, article, WorkflowAction.Restore)
                || await authorization.MayAsync(user, article, WorkflowAction.Purge))
            ? EditPageAccess.TrashedPage
            : EditPageAccess.None;
    }

    /// <summary>
    /// Whether the article's state permits an action for somebody (asked of
    /// <see cref="ArticleWorkflow.Decide"/> for an Administrator who is not the author).
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="status">The article's state.</param>
    /// <returns>True when the state allows the action.</returns>
    public static bool StateAllows(WorkflowAction action, ArticleStatus status) =>
        ArticleWorkflow.Decide(StateProbe, action, status, authorId: null).Allowed;

    /// <summary>
    /// Whether a refused action was refused only because of the article's state: the state does not
    /// permit it, but this user could take it on this article in some other state. Anything else
    /// (e.g. a Publisher publishing their own article, an Editor purging) is about the role. Role rules only: it does
    /// not know the user's sections, so controllers ask <see cref="IsAboutStateAsync"/>.
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="action">The refused action.</param>
    /// <param name="status">The article's state.</param>
    /// <param name="authorId">The article's author.</param>
    /// <returns>True for a refusal about the state.</returns>
    public static bool IsAboutState(ClaimsPrincipal user, WorkflowAction action, ArticleStatus status, string? authorId)
    {
        var actor = ArticleAuthorizationHandler.ActorOf(user);
        return !StateAllows(action, status)
            && Enum.GetValues<ArticleStatus>().Any(s => ArticleWorkflow.Decide(actor, action, s, authorId).Allowed);
    }

    /// <summary>The workflow's own sentence for a refusal.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="action">The action.</param>
    /// <param name="article">The article.</param>
    /// <returns>Vietnamese sentence, e.g. "Chỉ gửi duyệt được bài nháp.".</returns>
    public static string Reason(ClaimsPrincipal user, WorkflowAction action, Article article)
    {
        return ArticleWorkflow.Decide(ArticleAuthorizationHandler.ActorOf(user), action, article.Status, article.AuthorId).Reason;
    }
}
