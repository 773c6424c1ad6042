using System.Globalization;

namespace PublishingPortal.Web.Media;

/// <summary>File sizes as editors read them, in Vietnamese notation (decimal comma).</summary>
public static class MediaSizes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"1,2 MB" from one mebibyte up, "350 KB" below (at least "1 KB").</summary>
    /// <param name="bytes">Size in bytes.</param>
    /// <returns>The text.</returns>
    public static string Format(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.#", Vietnamese) + " MB"
        : Math.Max(1, bytes / 1024).ToString(Vietnamese) + " KB";
}
