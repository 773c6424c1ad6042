using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Grants <see cref="ArticleOperationRequirement"/> when <see cref="ArticleWorkflow.Decide"/> allows it (the role and
/// the article's state) and the account may use the action's right (<see cref="SectionRightMap"/>) in the article's
/// section (issue 11, per-section rights: <see cref="AccountSections"/>, read per request). Administrators are never
/// limited by section. Scoped: one per request, sharing the request's <see cref="AccountSections"/>.
/// </summary>
public sealed class ArticleAuthorizationHandler : AuthorizationHandler<ArticleOperationRequirement, ArticleAccess>
{
    private readonly AccountSections _sections;

    /// <summary>Creates the handler.</summary>
    /// <param name="sections">The request's section lookup.</param>
    public ArticleAuthorizationHandler(AccountSections sections)
    {
        _sections = sections;
    }

    /// <summary>Builds the workflow actor from a signed-in principal (name identifier and role claims).</summary>
    /// <param name="user">The principal.</param>
    /// <returns>The actor; an anonymous principal has an empty id and no roles.</returns>
    public static Actor ActorOf(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", roles);
    }

    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ArticleOperationRequirement requirement, ArticleAccess resource)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var actor = ActorOf(context.User);
        if (!ArticleWorkflow.Decide(actor, requirement.Action, resource.Status, resource.AuthorId).Allowed)
        {
            return;
        }

        if (!actor.Is(NewsroomRoles.Administrator))
        {
            var own = resource.AuthorId is not null && resource.AuthorId == actor.UserId;
            var right = SectionRightMap.For(requirement.Action, resource.Status, resource.StatusBeforeTrash, own);
            var scope = await _sections.ForAsync(actor.UserId);
            if (!scope.Allows(right, resource.CategoryId))
            {
                context.Fail(new AuthorizationFailureReason(this, "Bài thuộc chuyên mục nằm ngoài quyền của bạn."));
                return;
            }
        }

        context.Succeed(requirement);
    }
}
