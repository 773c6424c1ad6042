namespace PublishingPortal.Web.Media;

/// <summary>What an editor says about a photo (all plain text; trimmed and NFC-normalised when stored).</summary>
/// <param name="AltText">Alternative text; may be empty right after upload, required before use unless <paramref name="IsDecorative"/>.</param>
/// <param name="IsDecorative">The photo carries no information (empty <c>alt</c>).</param>
/// <param name="Caption">Default caption offered when the photo is placed.</param>
/// <param name="Credit">Photographer or source, without the "Ảnh:" prefix; null or blank when unknown.</param>
public sealed record MediaDetails(string AltText, bool IsDecorative, string Caption, string? Credit)
{
    /// <summary>No details yet (a bulk upload).</summary>
    public static MediaDetails None { get; } = new("", false, "", null);
}
