namespace PublishingPortal.Core.Workflow;

/// <summary>
/// One section an account may use one right in (issue 11). An account with no grant for a right may use it in
/// every section (the behaviour before sections could be limited, so existing accounts keep working); with one or
/// more, only in those sections and their child sections. Administrators are never limited. Key: user, right and
/// section together.
/// </summary>
public class SectionGrant
{
    /// <summary>The account's Identity id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The right granted.</summary>
    public SectionRight Right { get; set; }

    /// <summary>
    /// The section (<see cref="Articles.Category"/> id); a top-level section includes its children. Not a foreign key on
    /// purpose: deleting a section must not turn a limited account into an unlimited one by removing its last grant,
    /// so a grant of a deleted section stays and matches nothing.
    /// </summary>
    public int CategoryId { get; set; }
}
