namespace PublishingPortal.Web.Media;

/// <summary>One photo in the library grid.</summary>
/// <param name="Id">Database id (admin URLs).</param>
/// <param name="Key">Public key (variant URLs).</param>
/// <param name="OriginalFileName">Uploaded file name, as text.</param>
/// <param name="Width">Upright width in pixels.</param>
/// <param name="Height">Upright height in pixels.</param>
/// <param name="Bytes">Original size in bytes.</param>
/// <param name="AltText">Alternative text (may be empty).</param>
/// <param name="IsDecorative">Marked decorative.</param>
/// <param name="Caption">Default caption.</param>
/// <param name="Credit">Credit or null.</param>
/// <param name="UploadedByName">Uploader's name.</param>
/// <param name="UploadedAt">UTC instant.</param>
public sealed record MediaListItem(
    int Id,
    string Key,
    string OriginalFileName,
    int Width,
    int Height,
    long Bytes,
    string AltText,
    bool IsDecorative,
    string Caption,
    string? Credit,
    string UploadedByName,
    DateTimeOffset UploadedAt)
{
    /// <summary>Neither alt text nor the decorative mark yet.</summary>
    public bool NeedsAltText => !IsDecorative && string.IsNullOrWhiteSpace(AltText);
}
