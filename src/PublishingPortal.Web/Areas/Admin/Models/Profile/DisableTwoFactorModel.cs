using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary>Turning two-factor sign-in off needs the current password (fields prefixed <c>Disable.</c>).</summary>
public sealed class DisableTwoFactorModel
{
    /// <summary>The password in use now.</summary>
    [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";
}
