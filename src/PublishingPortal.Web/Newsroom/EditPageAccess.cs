namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Which page <c>/admin/bai-viet/{id}</c> shows a user for an article, from the resource-based policy
/// (<see cref="WorkflowRefusal.EditPageAccessAsync"/>). Also where a workflow action returns to: the
/// article's page when it is not <see cref="None"/>, the article list otherwise.
/// </summary>
public enum EditPageAccess
{
    /// <summary>Neither page: 403 for a GET, the article list after an action.</summary>
    None,

    /// <summary>The editor: the user may edit the article in its state.</summary>
    Editor,

    /// <summary>The trashed article's page, with restore and purge: nobody edits a trashed article, but this user may restore or purge it.</summary>
    TrashedPage,
}
