using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Workflow;

/// <summary>
/// Which <see cref="SectionRight"/> a workflow action uses, so a limited account's sections can be checked after its
/// role allowed the action (issue 11). Rules: Create, and Edit or Submit of one's own article, are writing; Edit,
/// Submit, SendBack and any other action on someone else's article are editing; Publish, Unpublish and Purge are
/// publishing; Trash of an article readers see, and Restore of one that readers saw before it was trashed, are
/// publishing too (they take a public article off, or put it back), otherwise writing for one's own and editing for
/// others'. An action not named here (added later, e.g. "Chuyển duyệt") is editing, the nearest right.
/// </summary>
public static class SectionRightMap
{
    /// <summary>The right an action uses on an article.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">The article's state (for Create: ignored).</param>
    /// <param name="statusBeforeTrash">For a trashed article, the state it had before, or null.</param>
    /// <param name="own">Whether the actor is the article's author (always true for Create).</param>
    /// <returns>The right.</returns>
    public static SectionRight For(WorkflowAction action, ArticleStatus status, ArticleStatus? statusBeforeTrash, bool own) => action switch
    {
        WorkflowAction.Create => SectionRight.Write,
        WorkflowAction.Publish or WorkflowAction.Unpublish or WorkflowAction.Purge => SectionRight.Publish,
        WorkflowAction.Trash when status.IsPublic() => SectionRight.Publish,
        WorkflowAction.Restore when statusBeforeTrash is { } before && before.IsPublic() => SectionRight.Publish,
        WorkflowAction.Edit or WorkflowAction.Submit or WorkflowAction.Trash or WorkflowAction.Restore =>
            own ? SectionRight.Write : SectionRight.Edit,
        _ => SectionRight.Edit,
    };
}
