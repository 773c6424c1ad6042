using NetVips;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Identifies an image file by its content with libvips (NetVips): the loader libvips picks from the
/// file's magic bytes decides the type, never the file name; only the header is read.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Extension">Extension for the stored copy, from the detected type: ".jpg", ".png", ".webp" or ".gif".</param>
/// <param name="Width">Pixel width.</param>
/// <param name="Height">Pixel height (of one frame).</param>
public sealed record ImageProbe(string Path, string Extension, int Width, int Height)
{
    /// <summary>Reads the type and size of an image file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <returns>The probe.</returns>
    /// <exception cref="InvalidImageException">Missing file, or not a JPEG, PNG, WebP or GIF.</exception>
    public static ImageProbe Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidImageException($"{path}: không tìm thấy tệp ảnh");
        }

        var loader = Image.FindLoad(path);
        var extension = loader switch
        {
            "VipsForeignLoadJpegFile" => ".jpg",
            "VipsForeignLoadPngFile" or "VipsForeignLoadPng" => ".png",
            "VipsForeignLoadWebpFile" => ".webp",
            "VipsForeignLoadGifFile" or "VipsForeignLoadNsgifFile" => ".gif",
            _ => null,
        };
        if (extension is null)
        {
            throw new InvalidImageException($"{path}: không phải ảnh JPEG, PNG, WebP hoặc GIF");
        }

        try
        {
            using var image = Image.NewFromFile(path, access: Enums.Access.Sequential);
            return new ImageProbe(path, extension, image.Width, image.PageHeight);
        }
        catch (VipsException ex)
        {
            throw new InvalidImageException($"{path}: ảnh hỏng hoặc không đọc được", ex);
        }
    }
}
