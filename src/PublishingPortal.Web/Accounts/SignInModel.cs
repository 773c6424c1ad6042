using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Accounts;

/// <summary>The sign-in form.</summary>
public sealed class SignInModel
{
    /// <summary>E-mail (the user name).</summary>
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(256, ErrorMessage = "E-mail quá dài.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    /// <summary>Password.</summary>
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    /// <summary>Local path to return to after signing in.</summary>
    public string? ReturnUrl { get; set; }
}
