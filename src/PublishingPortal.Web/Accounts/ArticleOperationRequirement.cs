using Microsoft.AspNetCore.Authorization;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Accounts;

/// <summary>Resource-based requirement: the user may take <see cref="Action"/> on a given <see cref="ArticleAccess"/>.</summary>
/// <param name="action">The workflow action.</param>
public sealed class ArticleOperationRequirement(WorkflowAction action) : IAuthorizationRequirement
{
    /// <summary>The workflow action.</summary>
    public WorkflowAction Action { get; } = action;
}
