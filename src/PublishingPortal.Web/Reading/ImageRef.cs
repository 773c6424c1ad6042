namespace PublishingPortal.Web.Reading;

/// <summary>A photo as a page links it.</summary>
/// <param name="Path">Site-relative path, e.g. <c>/media/demo/1.jpg</c>.</param>
/// <param name="Width">Pixel width if known.</param>
/// <param name="Height">Pixel height if known.</param>
/// <param name="AltText">Alternative text (may be empty for decorative use).</param>
public sealed record ImageRef(string Path, int? Width, int? Height, string AltText);
