namespace PublishingPortal.Web.Imaging;

/// <summary>A file that passed every upload check (<see cref="ImageInspector.Inspect"/>).</summary>
/// <param name="Format">Format by content.</param>
/// <param name="Bytes">File size in bytes.</param>
/// <param name="Width">Width of the upright image (EXIF orientation applied), in pixels.</param>
/// <param name="Height">Height of the upright image (one frame), in pixels.</param>
/// <param name="Frames">Frames (1 for a still image).</param>
public sealed record InspectedImage(ImageFormat Format, long Bytes, int Width, int Height, int Frames);
