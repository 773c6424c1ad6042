namespace PublishingPortal.Core.Articles;

/// <summary>
/// A photo placed in an article (Ảnh) with its caption (Chú thích ảnh). A figure whose
/// <see cref="ImagePath"/> is null is "photo missing": legacy exports carry captions without files,
/// and the page shows the caption under a neutral placeholder until an editor attaches a photo.
/// </summary>
public class Figure
{
    /// <summary>Maximum length of <see cref="Caption"/>, in UTF-16 code units.</summary>
    public const int CaptionMaxLength = 1000;

    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>Owning article.</summary>
    public int ArticleId { get; set; }

    /// <summary>1-based position in the body; the Markdown refers to it as <c>figure:{Order}</c>.</summary>
    public int Order { get; set; }

    /// <summary>
    /// Web path of the image file (e.g. <c>/media/demo/3.jpg</c>), or null when the photo is missing.
    /// </summary>
    public string? ImagePath { get; set; }

    /// <summary>Pixel width of the image, when known; used for the <c>width</c> attribute.</summary>
    public int? Width { get; set; }

    /// <summary>Pixel height of the image, when known; used for the <c>height</c> attribute.</summary>
    public int? Height { get; set; }

    /// <summary>Caption shown under the photo, plain text, NFC.</summary>
    public string Caption { get; set; } = "";

    /// <summary>Alternative text for readers who cannot see the photo (WCAG 2.2 SC 1.1.1); empty if decorative.</summary>
    public string AltText { get; set; } = "";

    /// <summary>Photographer or source of the photo ("Ảnh: …"), if known.</summary>
    public string? Credit { get; set; }

    /// <summary>True when no image file is attached yet.</summary>
    public bool IsPhotoMissing => ImagePath is null;
}
