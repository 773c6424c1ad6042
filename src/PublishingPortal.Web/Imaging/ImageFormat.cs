namespace PublishingPortal.Web.Imaging;

/// <summary>The only image types accepted, recognised by their content (magic bytes and header), never by name.</summary>
public enum ImageFormat
{
    /// <summary>JPEG (JFIF/EXIF), <c>image/jpeg</c>.</summary>
    Jpeg,

    /// <summary>PNG, <c>image/png</c>.</summary>
    Png,

    /// <summary>WebP (RIFF container), <c>image/webp</c>.</summary>
    Webp,

    /// <summary>GIF 87a/89a, <c>image/gif</c>; animations are bounded by <c>Media:MaxFrames</c>.</summary>
    Gif,
}
