using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Accounts;

/// <summary>The first Administrator account, section <c>Admin</c>; used only while the database has no user.</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Admin";

    /// <summary>E-mail (and user name) of the first Administrator.</summary>
    [Required]
    [EmailAddress]
    public string Email { get; set; } = "admin@portal.local";

    /// <summary>
    /// Password of the first Administrator; when empty a random one is generated and printed once to
    /// the console (never to the log file).
    /// </summary>
    public string? Password { get; set; }
}
