using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Limits and variant settings of the media library, section <c>Media</c>. The folder itself is
/// <c>Site:MediaPath</c>. Every limit is checked before a photo is decoded, from its header.
/// </summary>
public sealed class MediaOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Media";

    /// <summary>Widths used when <see cref="Widths"/> is not configured, in pixels.</summary>
    public static readonly IReadOnlyList<int> DefaultWidths = [320, 480, 640, 960, 1280, 1920];

    /// <summary>Largest accepted file, in bytes (default 20 MB = 20,971,520).</summary>
    [Range(1024, 1L << 31)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest accepted image, in pixels of one frame, width × height, read from the header (default 50,000,000).</summary>
    [Range(1, 1L << 31)]
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Most frames accepted in an animated GIF or WebP (default 200); variants show the first frame.</summary>
    [Range(1, 100_000)]
    public int MaxFrames { get; set; } = 200;

    /// <summary>Most files in one upload request (default 20); the drag-and-drop uploader sends one file per request.</summary>
    [Range(1, 200)]
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>
    /// The only widths served, in pixels, 16–8192 each (default 320, 480, 640, 960, 1280, 1920). Any other
    /// width in a variant URL answers 404. Changing the list changes page markup at once; variants already
    /// cached for removed widths are no longer served.
    /// </summary>
    public int[]? Widths { get; set; }

    /// <summary>
    /// Width of the plain <c>src</c> (the JPEG for browsers without <c>srcset</c>, Open Graph, feeds and the
    /// path stored in <c>Figure.ImagePath</c>); must be one of <see cref="Widths"/> (default 1280).
    /// </summary>
    [Range(16, 8192)]
    public int FallbackWidth { get; set; } = 1280;

    /// <summary>JPEG quality, 1–100 (default 82).</summary>
    [Range(1, 100)]
    public int JpegQuality { get; set; } = 82;

    /// <summary>WebP quality, 1–100 (default 78: about the look of JPEG 82 at two thirds of the bytes).</summary>
    [Range(1, 100)]
    public int WebpQuality { get; set; } = 78;

    /// <summary>Variants made at the same time, at most; more first requests wait (default: processor count).</summary>
    [Range(1, 64)]
    public int MaxConcurrentVariants { get; set; } = Environment.ProcessorCount;

    /// <summary>The effective widths, ascending, without duplicates.</summary>
    public IReadOnlyList<int> EffectiveWidths =>
        Widths is { Length: > 0 } configured ? configured.Distinct().Order().ToArray() : DefaultWidths;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EffectiveWidths.Any(w => w is < 16 or > 8192))
        {
            yield return new ValidationResult("Media:Widths: every width must be 16–8192 pixels.", [nameof(Widths)]);
        }

        if (EffectiveWidths.Count > 16)
        {
            yield return new ValidationResult("Media:Widths: at most 16 widths.", [nameof(Widths)]);
        }

        if (!EffectiveWidths.Contains(FallbackWidth))
        {
            yield return new ValidationResult("Media:FallbackWidth must be one of Media:Widths.", [nameof(FallbackWidth)]);
        }
    }
}
