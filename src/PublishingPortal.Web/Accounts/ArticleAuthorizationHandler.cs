using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Accounts;

/// <summary>Grants <see cref="ArticleOperationRequirement"/> when <see cref="ArticleWorkflow.Decide"/> allows it.</summary>
public sealed class ArticleAuthorizationHandler : AuthorizationHandler<ArticleOperationRequirement, ArticleAccess>
{
    /// <summary>Builds the workflow actor from a signed-in principal (name identifier and role claims).</summary>
    /// <param name="user">The principal.</param>
    /// <returns>The actor; an anonymous principal has an empty id and no roles.</returns>
    public static Actor ActorOf(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", roles);
    }

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ArticleOperationRequirement requirement, ArticleAccess resource)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && ArticleWorkflow.Decide(ActorOf(context.User), requirement.Action, resource.Status, resource.AuthorId).Allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
