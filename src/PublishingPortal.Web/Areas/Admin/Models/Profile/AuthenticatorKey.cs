using System.Text;

namespace PublishingPortal.Web.Areas.Admin.Models.Profile;

/// <summary>
/// Presents Identity's authenticator key (base32, RFC 4648) to a person and to an authenticator app,
/// in the Key URI format of Google Authenticator
/// (<c>otpauth://totp/{issuer}:{account}?secret=…&amp;issuer=…&amp;digits=6</c>), which the common apps read.
/// </summary>
public static class AuthenticatorKey
{
    /// <summary>Formats a key for reading aloud or typing: lowercase, groups of 4 separated by spaces.</summary>
    /// <param name="key">Base32 key as stored by Identity, e.g. "JBSWY3DPEHPK3PXP".</param>
    /// <returns>e.g. "jbsw y3dp ehpk 3pxp".</returns>
    public static string Format(string key)
    {
        var result = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>Builds the <c>otpauth://</c> URI an authenticator app imports.</summary>
    /// <param name="issuer">Site name (<c>Site:Name</c>), shown by the app as the account's provider.</param>
    /// <param name="account">The user's e-mail.</param>
    /// <param name="key">Base32 key as stored by Identity.</param>
    /// <returns>e.g. "otpauth://totp/C%E1%BB%95ng:ha%40example.vn?secret=JBSW…&amp;issuer=C%E1%BB%95ng&amp;digits=6".</returns>
    public static string OtpAuth(string issuer, string account, string key)
    {
        var encodedIssuer = System.Uri.EscapeDataString(issuer);
        return $"otpauth://totp/{encodedIssuer}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={encodedIssuer}&digits=6";
    }
}
