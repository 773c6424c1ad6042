using QRCoder;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// QR codes as inline SVG (QRCoder, decision 018), for the two-factor set-up page: the phone scans the
/// <c>otpauth://</c> URI from our own page, never from an image a third-party service draws.
/// </summary>
public static class QrCodeSvg
{
    /// <summary>
    /// The SVG markup (an <c>&lt;svg&gt;</c> element with a viewBox, black on white, with the 4-module quiet zone) for
    /// <paramref name="text"/> at error-correction level M (15 %), which authenticator apps read from a screen.
    /// The markup carries only geometry, never <paramref name="text"/> itself, so it is safe to write unencoded.
    /// </summary>
    /// <param name="text">What the code holds, e.g. an <c>otpauth://totp/…</c> URI (UTF-8; up to about 2 KB at level M).</param>
    /// <returns>The SVG element as a string.</returns>
    /// <exception cref="QRCoder.Exceptions.DataTooLongException">The text does not fit a version-40 code.</exception>
    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        // With a viewBox the drawing is in module units and the page's CSS sets the size; the first argument is then unused.
        return svg.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
