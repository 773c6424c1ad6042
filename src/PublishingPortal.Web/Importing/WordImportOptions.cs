using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Importing;

/// <summary>
/// Limits of "Tạo bài từ tệp Word", section <c>WordImport</c> (decision 012). Each embedded image is also
/// held to the media library's own limits (<c>Media:MaxBytes</c>, <c>Media:MaxPixels</c>, …).
/// </summary>
public sealed class WordImportOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "WordImport";

    /// <summary>Largest accepted .docx, in bytes (default 20 MB = 20,971,520; keep under Kestrel's 30 MB request limit).</summary>
    [Range(1024, 28L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most bytes all parts of the .docx may unpack to, counted while unpacking (default 100 MB = 104,857,600).</summary>
    [Range(1024, 1L << 32)]
    public long MaxUncompressedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most embedded images (default 50).</summary>
    [Range(0, 500)]
    public int MaxImages { get; set; } = 50;
}
