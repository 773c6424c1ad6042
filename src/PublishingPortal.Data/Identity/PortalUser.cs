using Microsoft.AspNetCore.Identity;

namespace PublishingPortal.Data.Identity;

/// <summary>A newsroom account (ASP.NET Core Identity user) with the name printed in the admin area.</summary>
public class PortalUser : IdentityUser
{
    /// <summary>Maximum length of <see cref="DisplayName"/>.</summary>
    public const int DisplayNameMaxLength = 100;

    /// <summary>Full name shown in lists, revisions and the audit log, e.g. "Nguyễn Thu Hà".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>UTC instant the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// True while the account still has the password someone else chose (an Administrator's form, or the
    /// first-run console): after signing in, the person can reach only the change-password page and
    /// sign-out until they set their own (issue 11). Cleared by a successful password change.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// True when the person turned e-mail notifications off on their profile (issue 11); they still see them in
    /// the admin. False (the default) mails them when SMTP is configured.
    /// </summary>
    public bool EmailNotificationsOff { get; set; }
}
