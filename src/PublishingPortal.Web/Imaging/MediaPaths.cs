namespace PublishingPortal.Web.Imaging;

/// <summary>Where media files live on disk and under which URL they are served (<c>/media/…</c>).</summary>
public static class MediaPaths
{
    /// <summary>URL prefix of the media folder.</summary>
    public const string RequestPath = "/media";

    /// <summary>Absolute path of the media folder, created if missing.</summary>
    /// <param name="contentRoot">The app's content root.</param>
    /// <param name="mediaPath">Configured media folder, relative to the content root or absolute.</param>
    /// <returns>The folder.</returns>
    public static string Root(string contentRoot, string mediaPath)
    {
        var root = Path.GetFullPath(Path.Combine(contentRoot, mediaPath));
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>A new, generated file name for an imported photo (never the uploaded name).</summary>
    /// <param name="contentRoot">The app's content root.</param>
    /// <param name="mediaPath">Configured media folder.</param>
    /// <param name="extension">Extension from the detected type, with the dot.</param>
    /// <returns>The URL path and the disk path of the file to write.</returns>
    public static (string WebPath, string DiskPath) NewImportedFile(string contentRoot, string mediaPath, string extension)
    {
        var folder = Path.Combine(Root(contentRoot, mediaPath), "imported");
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        return ($"{RequestPath}/imported/{name}", Path.Combine(folder, name));
    }
}
