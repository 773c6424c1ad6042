using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Accounts;

/// <summary>The new-password form reached from the reset e-mail.</summary>
public sealed class ResetPasswordModel
{
    /// <summary>Identity account id, from the link (<c>taikhoan</c>).</summary>
    [Required(ErrorMessage = "Liên kết đặt lại mật khẩu không đầy đủ.")]
    [StringLength(450)]
    public string UserId { get; set; } = "";

    /// <summary>The reset token, from the link (<c>ma</c>).</summary>
    [Required(ErrorMessage = "Liên kết đặt lại mật khẩu không đầy đủ.")]
    [StringLength(2000)]
    public string Token { get; set; } = "";

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
