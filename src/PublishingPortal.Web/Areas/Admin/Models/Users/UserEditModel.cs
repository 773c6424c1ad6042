using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>
/// The form at <c>/admin/tai-khoan/{id}</c>: display name and roles are posted; the account facts
/// beside them are filled in from the database on every render, never taken from the post.
/// </summary>
public sealed class UserEditModel : UserFormModel
{
    /// <summary>Identity's concurrency stamp as loaded; a different stamp at save means someone else changed the account.</summary>
    [Required(ErrorMessage = "Thiếu phiên bản tài khoản; hãy tải lại trang.")]
    public string Version { get; set; } = "";

    /// <summary>Identity id of the account (display only).</summary>
    public string Id { get; set; } = "";

    /// <summary>E-mail (display only; not editable here).</summary>
    public string Email { get; set; } = "";

    /// <summary>Creation time in site time, dd/MM/yyyy HH:mm (display only).</summary>
    public string CreatedAt { get; set; } = "";

    /// <summary>End of the current lockout in site time, dd/MM/yyyy HH:mm, or null when not locked out.</summary>
    public string? LockedOutUntil { get; set; }

    /// <summary>Failed sign-ins counted towards the next lockout.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Whether two-factor sign-in is on.</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>Whether the account is the signed-in Administrator's own.</summary>
    public bool IsSelf { get; set; }
}
