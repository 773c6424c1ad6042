using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary>The change-password form on <c>/admin/ho-so</c> (fields prefixed <c>ChangePassword.</c>).</summary>
public sealed class ChangePasswordModel
{
    /// <summary>The password in use now.</summary>
    [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";

    /// <summary>The new password; Identity's policy (10 characters, a digit, a lowercase letter) applies.</summary>
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    /// <summary>The new password again; must equal <see cref="NewPassword"/>.</summary>
    [Required(ErrorMessage = "Hãy nhập lại mật khẩu mới.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}
