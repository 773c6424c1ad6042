namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary>
/// <c>/admin/ho-so/xac-thuc-hai-lop</c>: when off, the shared key and <c>otpauth://</c> URI to add to an
/// authenticator app and the form for the first code; when on, the form that turns it off.
/// </summary>
public sealed class TwoFactorPage
{
    /// <summary>Whether two-factor sign-in is on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The base32 shared key in lowercase groups of 4 (see <see cref="AuthenticatorKey.Format"/>), or null before one is made.</summary>
    public string? SharedKey { get; set; }

    /// <summary>The key as an <c>otpauth://totp/…</c> URI (see <see cref="AuthenticatorKey.OtpAuth"/>), or null before one is made.</summary>
    public string? OtpAuthLink { get; set; }

    /// <summary>
    /// <see cref="OtpAuthLink"/> as an inline SVG QR code (<see cref="Accounts.QrCodeSvg.Render"/>), or null before a key is made.
    /// </summary>
    public string? QrCodeSvg { get; set; }

    /// <summary>Unused recovery codes left (0 when off).</summary>
    public int RecoveryCodesLeft { get; set; }

    /// <summary>The enable form.</summary>
    public EnableTwoFactorModel Enable { get; set; } = new();

    /// <summary>The disable form.</summary>
    public DisableTwoFactorModel Disable { get; set; } = new();
}
