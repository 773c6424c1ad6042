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

    /// <summary>
    /// The schedule acting for the newsroom: it carries out what a Publisher decided in advance (publication at
    /// the chosen time, withdrawal at the expiry), so it holds the Publisher role and nothing more. Its id
    /// (<c>"system"</c>) is no account's, so "nobody approves their own article" never refuses it.
    /// </summary>
    public static Actor System { get; } = new("system", new HashSet<string>(StringComparer.Ordinal) { NewsroomRoles.Publisher });
}
