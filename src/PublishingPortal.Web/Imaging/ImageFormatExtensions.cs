namespace PublishingPortal.Web.Imaging;

/// <summary>File extension and MIME type of each <see cref="ImageFormat"/>.</summary>
public static class ImageFormatExtensions
{
    /// <summary>Extension for the stored original, with the dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns><c>.jpg</c>, <c>.png</c>, <c>.webp</c> or <c>.gif</c>.</returns>
    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.Webp => ".webp",
        _ => ".gif",
    };

    /// <summary>MIME type.</summary>
    /// <param name="format">The format.</param>
    /// <returns>e.g. <c>image/jpeg</c>.</returns>
    public static string ContentType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        _ => "image/gif",
    };
}
