using NetVips;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Makes one served variant from an original with libvips: <c>thumbnail</c> (shrink-on-load, EXIF
/// auto-orientation, first frame of an animation, never upscaled), colour converted to 8-bit sRGB using
/// the embedded ICC profile (a CMYK file without one gets libvips' built-in CMYK profile), then encoded
/// with every piece of metadata dropped (EXIF incl. GPS, XMP, IPTC, ICC: the pixels are sRGB, the web's
/// default). JPEG flattens transparency onto white; WebP keeps it.
/// </summary>
public static class VariantEncoder
{
    // libvips' largest coordinate: "as tall as it needs to be", so the width alone decides the scale.
    private const int Unbounded = 10_000_000;

    /// <summary>Writes a variant.</summary>
    /// <param name="source">Original image file.</param>
    /// <param name="destination">File to write (overwritten); write to a temporary name and move it into place.</param>
    /// <param name="width">Target width in pixels; an original narrower than this keeps its width.</param>
    /// <param name="format">Encoding.</param>
    /// <param name="quality">Encoder quality, 1–100.</param>
    /// <returns>Width and height of the written image, in pixels.</returns>
    /// <exception cref="VipsException">The original cannot be read or the file cannot be written.</exception>
    public static (int Width, int Height) Write(string source, string destination, int width, VariantFormat format, int quality)
    {
        Libvips.EnsureConfigured();
        using var thumbnail = Image.Thumbnail(source, width, height: Unbounded, size: Enums.Size.Down, failOn: Enums.FailOn.None);
        using var srgb = ToSrgb8(thumbnail);
        if (format == VariantFormat.Webp)
        {
            srgb.Webpsave(destination, q: quality, effort: 4, keep: Enums.ForeignKeep.None);
            return (srgb.Width, srgb.Height);
        }

        using var opaque = srgb.HasAlpha() ? srgb.Flatten(background: [255, 255, 255]) : srgb.Copy();
        opaque.Jpegsave(destination, q: quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
        return (opaque.Width, opaque.Height);
    }

    // thumbnail colour-manages images with a profile (or CMYK) into sRGB; anything else that is not
    // already 8-bit sRGB or grey (16-bit PNG, Lab, …) is converted here.
    private static Image ToSrgb8(Image image)
    {
        if (image.Format == Enums.BandFormat.Uchar && image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw)
        {
            return image.Copy();
        }

        var target = image.Bands <= 2 ? Enums.Interpretation.Bw : Enums.Interpretation.Srgb;
        using var converted = image.Colourspace(target);
        return converted.Format == Enums.BandFormat.Uchar ? converted.Copy() : converted.Cast(Enums.BandFormat.Uchar);
    }
}
