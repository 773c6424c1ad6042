namespace PublishingPortal.Core.Media;

/// <summary>Encodings a variant is served in; the URL's extension names it (<c>.webp</c>, <c>.jpg</c>).</summary>
public enum VariantFormat
{
    /// <summary>WebP (lossy; keeps transparency), <c>image/webp</c>, extension <c>.webp</c>.</summary>
    Webp,

    /// <summary>Baseline-compatible progressive JPEG (transparency flattened on white), <c>image/jpeg</c>, extension <c>.jpg</c>.</summary>
    Jpeg,
}
