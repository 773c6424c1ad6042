using NetVips;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Draws the demo photos with libvips: a two-colour gradient with soft circles, so the demo content
/// needs no image files in the repository.
/// </summary>
public static class DemoImageGenerator
{
    /// <summary>Width of every demo photo, in pixels.</summary>
    public const int Width = 1200;

    /// <summary>Height of every demo photo, in pixels (16:9).</summary>
    public const int Height = 675;

    /// <summary>Writes one JPEG.</summary>
    /// <param name="path">Destination file (overwritten).</param>
    /// <param name="from">Colour at the left edge, RGB 0–255.</param>
    /// <param name="to">Colour at the right edge, RGB 0–255.</param>
    public static void Write(string path, (double R, double G, double B) from, (double R, double G, double B) to)
    {
        using var xyz = Image.Xyz(Width, Height);
        using var x = xyz[0];
        using var y = xyz[1];
        using var t = (x + y * 0.5) / (Width + Height * 0.5);
        using var r = t * (to.R - from.R) + from.R;
        using var g = t * (to.G - from.G) + from.G;
        using var b = t * (to.B - from.B) + from.B;
        using var rgb = r.Bandjoin(g, b);
        using var srgb = rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var drawn = srgb.Mutate(m =>
        {
            m.DrawCircle([255, 255, 255], Width / 4, Height / 2, Height / 5, fill: true);
            m.DrawCircle([30, 30, 30], Width * 3 / 4, Height / 3, Height / 8, fill: true);
        });
        drawn.Jpegsave(path, q: 82, keep: Enums.ForeignKeep.None);
    }
}
