namespace PublishingPortal.Core.Workflow;

/// <summary>Who is acting: a user id and the roles they hold (names from <see cref="NewsroomRoles"/>).</summary>
/// <param name="UserId">Identity user id.</param>
/// <param name="Roles">Role names.</param>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles)
{
    /// <summary>Whether the actor holds a role.</summary>
    /// <param name="role">Role name.</param>
    /// <returns>True when held.</returns>
    public bool Is(string role) => Roles.Contains(role);
}
