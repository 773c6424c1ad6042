namespace PublishingPortal.Core.Workflow;

/// <summary>
/// The three rights a newsroom account may be limited to some sections for (issue 11, "Per-section rights": an
/// account "can be limited to some sections for writing, editing or publishing"). Each right has its own set of
/// sections (<see cref="SectionGrant"/>), because desks run that way: a publisher of "Thời sự" may still write
/// anywhere. The role decides whether the account holds the right at all (<see cref="ArticleWorkflow"/>); the
/// set only narrows where. Stored as its number: keep the values.
/// </summary>
public enum SectionRight
{
    /// <summary>"Viết": create articles, and edit, submit, trash or restore one's own (Reporter and above).</summary>
    Write = 1,

    /// <summary>"Biên tập": edit, submit, send back or pass on other people's articles (Editor and above).</summary>
    Edit = 2,

    /// <summary>"Xuất bản": publish, unpublish, and trash or restore an article that readers see (Publisher and above).</summary>
    Publish = 3,
}
