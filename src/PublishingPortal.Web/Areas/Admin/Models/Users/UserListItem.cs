namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>One row of <c>/admin/tai-khoan</c>.</summary>
/// <param name="Id">Identity id.</param>
/// <param name="DisplayName">Full name.</param>
/// <param name="Email">E-mail (the user name).</param>
/// <param name="Roles">Vietnamese role names, most powerful first.</param>
/// <param name="LockedOutUntil">End of the current lockout in site time, dd/MM/yyyy HH:mm, or null.</param>
/// <param name="TwoFactorEnabled">Whether two-factor sign-in is on.</param>
public sealed record UserListItem(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    string? LockedOutUntil,
    bool TwoFactorEnabled);
