using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary>The code that proves the authenticator app holds the shared key (fields prefixed <c>Enable.</c>).</summary>
public sealed class EnableTwoFactorModel
{
    /// <summary>Six digits from the app (RFC 6238 TOTP, 30-second steps); spaces and hyphens are ignored.</summary>
    [Required(ErrorMessage = "Hãy nhập mã 6 chữ số từ ứng dụng xác thực.")]
    [StringLength(12, ErrorMessage = "Mã xác thực không hợp lệ.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";
}
