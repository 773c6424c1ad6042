namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Who a change to an article is recorded under: the revision keeps <see cref="Name"/>, the audit entry the
/// account id (and, for the system, the name). A signed-in user's comes from <see cref="CurrentEditor"/>;
/// the jobs use <see cref="Schedule"/> and <see cref="Import"/>.
/// </summary>
/// <param name="UserId">Identity account id; null for the system.</param>
/// <param name="Name">Display name (the sign-in name when none is set, "không rõ" when neither is known), or the job's name.</param>
/// <param name="IsSystem">
/// A job rather than a person: its audit entries carry <paramref name="Name"/>, whereas a user's carry their
/// sign-in name like every other audit entry of the request (see <c>AuditLog.Add</c>).
/// </param>
public sealed record EditorIdentity(string? UserId, string Name, bool IsSystem = false)
{
    /// <summary>Name of the scheduled publish/expiry job in revisions and the audit log.</summary>
    public const string ScheduleName = "hệ thống (lịch)";

    /// <summary>Name of the legacy import command in revisions and the audit log.</summary>
    public const string ImportName = "hệ thống (nhập bài)";

    /// <summary>The scheduled publish/expiry job.</summary>
    public static EditorIdentity Schedule { get; } = new(null, ScheduleName, IsSystem: true);

    /// <summary>The legacy import command.</summary>
    public static EditorIdentity Import { get; } = new(null, ImportName, IsSystem: true);
}
