namespace PublishingPortal.Web.Media;

/// <summary>What variants are made from: an original (or the placeholder master) and its upright width.</summary>
/// <param name="Path">Absolute path of the original.</param>
/// <param name="Width">Upright width in pixels; variants are never wider.</param>
public sealed record MediaSource(string Path, int Width);
