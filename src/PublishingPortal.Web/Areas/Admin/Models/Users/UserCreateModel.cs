using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>
/// The form at <c>/admin/tai-khoan/tao-moi</c>. The password policy (10 characters, a digit, a
/// lowercase letter) is Identity's, set in <c>IdentitySetup</c>; its errors come back in Vietnamese.
/// </summary>
public sealed class UserCreateModel : UserFormModel
{
    /// <summary>E-mail, also the user name for signing in; at most 256 characters.</summary>
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [StringLength(256, ErrorMessage = "E-mail dài tối đa {1} ký tự.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    /// <summary>The initial password, given to the user by the Administrator; at most 200 characters.</summary>
    [Required(ErrorMessage = "Hãy nhập mật khẩu ban đầu.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu ban đầu")]
    public string Password { get; set; } = "";

    /// <summary>
    /// Whether the person must replace <see cref="Password"/> at their first sign-in (on by default: the
    /// Administrator has seen it). Stored as <c>PortalUser.MustChangePassword</c>.
    /// </summary>
    [Display(Name = "Buộc đổi mật khẩu ở lần đăng nhập đầu")]
    public bool MustChangePassword { get; set; } = true;
}
