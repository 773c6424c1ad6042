using NetVips;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Process-wide libvips settings, applied once before the first image is touched: every loader is
/// blocked except JPEG, PNG, WebP and GIF (so no SVG, PDF, HEIF, TIFF, … decoder ever sees an upload,
/// whatever the content sniffing says), and the operation cache is off (variants are cached on disk;
/// libvips' cache would only pin memory and open files).
/// </summary>
public static class Libvips
{
    private static readonly Lazy<bool> Configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loader classes left unblocked (libvips class names; subclasses included).</summary>
    public static IReadOnlyList<string> AllowedLoaders { get; } =
        ["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadNsgif"];

    /// <summary>Applies the settings if not yet done; cheap and thread-safe afterwards.</summary>
    public static void EnsureConfigured() => _ = Configured.Value;

    /// <summary>The format a libvips loader name reads, or null for any other loader.</summary>
    /// <param name="loader">Name from <see cref="Image.FindLoad(string)"/>, e.g. <c>VipsForeignLoadJpegFile</c>.</param>
    /// <returns>The format or null.</returns>
    public static ImageFormat? FormatOfLoader(string? loader) => loader switch
    {
        "VipsForeignLoadJpegFile" => ImageFormat.Jpeg,
        "VipsForeignLoadPngFile" or "VipsForeignLoadPng" => ImageFormat.Png,
        "VipsForeignLoadWebpFile" => ImageFormat.Webp,
        "VipsForeignLoadGifFile" or "VipsForeignLoadNsgifFile" => ImageFormat.Gif,
        _ => null,
    };

    private static bool Configure()
    {
        Cache.Max = 0;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in AllowedLoaders)
        {
            Operation.Block(loader, false);
        }

        return true;
    }
}
