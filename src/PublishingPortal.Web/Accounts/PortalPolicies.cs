using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Authorization policy names. Area-wide: <see cref="Newsroom"/>; per action on top of it: the
/// others, and per article the resource-based <see cref="ArticleOperationRequirement"/> that applies
/// <see cref="ArticleWorkflow.Decide"/>.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Any newsroom role: the admin area.</summary>
    public const string Newsroom = "Newsroom";

    /// <summary>May create articles (Reporter and up).</summary>
    public const string CreateArticles = "CreateArticles";

    /// <summary>Users, roles, categories, settings, audit log: Administrator.</summary>
    public const string Administration = "Administration";
}
