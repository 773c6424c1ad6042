namespace PublishingPortal.Web.Imaging;

/// <summary>Why a file offered as a photo was refused (<see cref="InvalidImageException.Reason"/>).</summary>
public enum ImageRefusal
{
    /// <summary>Not refused for a specific reason (e.g. the file is missing).</summary>
    Other,

    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>More bytes than <c>Media:MaxBytes</c>.</summary>
    TooLarge,

    /// <summary>SVG, HTML, XML or script text rather than an image.</summary>
    Markup,

    /// <summary>Not a JPEG, PNG, WebP or GIF by content (or the decoder disagrees with the header).</summary>
    UnknownType,

    /// <summary>The header declares more pixels than <c>Media:MaxPixels</c>.</summary>
    TooManyPixels,

    /// <summary>An animation with more frames than <c>Media:MaxFrames</c>.</summary>
    TooManyFrames,

    /// <summary>An image that also carries HTML, script or an archive (a polyglot).</summary>
    Polyglot,

    /// <summary>Truncated or otherwise undecodable.</summary>
    Corrupt,
}
