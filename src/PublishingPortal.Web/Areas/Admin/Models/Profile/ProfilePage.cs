namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary><c>/admin/ho-so</c>: the signed-in user's own account and the change-password form.</summary>
public sealed class ProfilePage
{
    /// <summary>Full name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>E-mail (the user name).</summary>
    public string Email { get; set; } = "";

    /// <summary>Vietnamese role names, most powerful first.</summary>
    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>Whether two-factor sign-in is on.</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>Whether workflow notifications are also mailed to the person (<c>PortalUser.EmailNotificationsOff</c> unset).</summary>
    public bool EmailNotifications { get; set; }

    /// <summary>The change-password form, with what was typed (passwords are never echoed back).</summary>
    public ChangePasswordModel ChangePassword { get; set; } = new();
}
