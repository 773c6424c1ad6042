using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Accounts;

/// <summary>The second sign-in step: a 6-digit code from an authenticator app (TOTP, RFC 6238).</summary>
public sealed class TwoFactorModel
{
    /// <summary>The code; spaces and hyphens are ignored.</summary>
    [Required(ErrorMessage = "Hãy nhập mã xác thực.")]
    [StringLength(12, ErrorMessage = "Mã xác thực không hợp lệ.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    /// <summary>Local path to return to.</summary>
    public string? ReturnUrl { get; set; }
}
