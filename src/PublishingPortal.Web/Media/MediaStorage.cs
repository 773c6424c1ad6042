using System.Globalization;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Media;

/// <summary>
/// The media folder (<c>Site:MediaPath</c>, outside the web root) and its layout:
/// <c>originals/{key}.{ext}</c> (uploads as received, never served), <c>variants/{key}/{width}-q{quality}-v{n}.{webp|jpg}</c>
/// (made on request, served), <c>tmp/</c> (uploads being checked) and <c>system/</c> (the placeholder's master).
/// Only <c>demo/</c> and <c>imported/</c>, written before the library existed, are served as static files.
/// </summary>
public sealed class MediaStorage
{
    /// <summary>
    /// Version of the variant recipe (resize, colour, encoder settings other than quality). Part of every
    /// cached file name and ETag: bump it when the recipe changes so no stale file is served under a new tag.
    /// </summary>
    public const int RecipeVersion = 1;

    private readonly MediaOptions _options;

    /// <summary>Sub-folders written before the library existed, still served as static files under <c>/media/{folder}/</c>.</summary>
    public static IReadOnlyList<string> LegacyFolders { get; } = ["demo", "imported"];

    /// <summary>Creates the layout and its folders.</summary>
    /// <param name="site">Site settings (<see cref="SiteOptions.MediaPath"/>).</param>
    /// <param name="options">Media settings (qualities, part of variant file names).</param>
    /// <param name="environment">Content root.</param>
    public MediaStorage(IOptions<SiteOptions> site, IOptions<MediaOptions> options, IWebHostEnvironment environment)
    {
        _options = options.Value;
        Root = MediaPaths.Root(environment.ContentRootPath, site.Value.MediaPath);
        Originals = Directory.CreateDirectory(Path.Combine(Root, "originals")).FullName;
        Variants = Directory.CreateDirectory(Path.Combine(Root, "variants")).FullName;
        Temp = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;
        System = Directory.CreateDirectory(Path.Combine(Root, "system")).FullName;
    }

    /// <summary>The media folder, absolute.</summary>
    public string Root { get; }

    /// <summary>Originals folder.</summary>
    public string Originals { get; }

    /// <summary>Variant cache folder.</summary>
    public string Variants { get; }

    /// <summary>Folder for uploads being checked.</summary>
    public string Temp { get; }

    /// <summary>Folder for files the portal draws itself (the placeholder master).</summary>
    public string System { get; }

    /// <summary>Master image of the "photo missing" placeholder.</summary>
    public string PlaceholderMaster => Path.Combine(System, "photo-missing-v1.png");

    /// <summary>Path of an original.</summary>
    /// <param name="storedName">A <see cref="MediaAsset.StoredName"/> (generated, so safe as a file name).</param>
    /// <returns>Absolute path.</returns>
    public string Original(string storedName) => Path.Combine(Originals, Path.GetFileName(storedName));

    /// <summary>Folder of one asset's cached variants.</summary>
    /// <param name="key">Asset key or <see cref="MediaUrls.PlaceholderKey"/> (checked by the caller).</param>
    /// <returns>Absolute path.</returns>
    public string VariantFolder(string key) => Path.Combine(Variants, Path.GetFileName(key));

    /// <summary>Path of a cached variant (it may not exist yet).</summary>
    /// <param name="key">Asset key or placeholder key.</param>
    /// <param name="width">Actual pixel width of the variant (after clamping to the original).</param>
    /// <param name="format">Encoding.</param>
    /// <returns>Absolute path.</returns>
    public string Variant(string key, int width, VariantFormat format) =>
        Path.Combine(VariantFolder(key), string.Create(
            CultureInfo.InvariantCulture, $"{width}-q{Quality(format)}-v{RecipeVersion}{MediaUrls.Extension(format)}"));

    /// <summary>Encoder quality for a format, from configuration.</summary>
    /// <param name="format">Encoding.</param>
    /// <returns>1–100.</returns>
    public int Quality(VariantFormat format) => format == VariantFormat.Webp ? _options.WebpQuality : _options.JpegQuality;

    /// <summary>A new, unused temporary file name for an upload being checked.</summary>
    /// <returns>Absolute path (the file is not created).</returns>
    public string NewTempFile() => Path.Combine(Temp, Guid.NewGuid().ToString("N") + ".upload");
}
