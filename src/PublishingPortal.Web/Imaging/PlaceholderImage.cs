using NetVips;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Draws the master of the "photo missing" placeholder (the look of <c>/img/photo-missing.svg</c>: a
/// camera outline on warm grey, 16:9) as a PNG, so the placeholder is served through the same variant
/// pipeline, widths and caching as library photos.
/// </summary>
public static class PlaceholderImage
{
    /// <summary>Width of the master, in pixels.</summary>
    public const int Width = 1600;

    /// <summary>Height of the master, in pixels (16:9).</summary>
    public const int Height = 900;

    /// <summary>Writes the master unless it exists; safe when several processes start at once.</summary>
    /// <param name="path">Destination PNG.</param>
    public static void EnsureWritten(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        Libvips.EnsureConfigured();
        double[] paper = [0xEC, 0xEB, 0xE8];
        double[] ink = [0xB5, 0xB2, 0xAC];
        using var blank = Image.Black(Width, Height, bands: 3);
        using var background = (blank + paper).Cast(Enums.BandFormat.Uchar);
        using var canvas = background.Copy(interpretation: Enums.Interpretation.Srgb);
        using var drawn = canvas.Mutate(m =>
        {
            // Camera body, lens and viewfinder hump, each a 16-pixel outline.
            m.DrawRect(ink, 652, 352, 296, 216, fill: true);
            m.DrawRect(paper, 668, 368, 264, 184, fill: true);
            m.DrawRect(ink, 742, 302, 116, 58, fill: true);
            m.DrawRect(paper, 758, 318, 84, 50, fill: true);
            m.DrawCircle(ink, 800, 460, 68, fill: true);
            m.DrawCircle(paper, 800, 460, 52, fill: true);
        });
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            drawn.Pngsave(temporary, keep: Enums.ForeignKeep.None);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
