using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Accounts;

/// <summary>The "Quên mật khẩu?" form: the account's e-mail.</summary>
public sealed class ForgotPasswordModel
{
    /// <summary>E-mail of the account (also the per-account rate-limit key, field name <c>Email</c>).</summary>
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(256, ErrorMessage = "E-mail quá dài.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";
}
