using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Media;

/// <summary>
/// A photo in the media library (Thư viện ảnh). The original file is kept unchanged outside the web
/// root under <see cref="StoredName"/>; readers only ever get re-encoded variants
/// (<see cref="MediaUrls.Variant"/>), made from it on request. An asset is immutable once uploaded:
/// "replacing a photo" means attaching another asset, so a variant URL never changes content and can be
/// cached for a year.
/// </summary>
public class MediaAsset
{
    /// <summary>Length of <see cref="Key"/>: 32 lower-case hexadecimal digits (a GUID in "N" form).</summary>
    public const int KeyLength = 32;

    /// <summary>Maximum length of <see cref="OriginalFileName"/>, in UTF-16 code units.</summary>
    public const int OriginalFileNameMaxLength = 255;

    /// <summary>Maximum length of <see cref="AltText"/>, in UTF-16 code units.</summary>
    public const int AltTextMaxLength = 1000;

    /// <summary>Maximum length of <see cref="Caption"/>, in UTF-16 code units (as <c>Figure.CaptionMaxLength</c>).</summary>
    public const int CaptionMaxLength = 1000;

    /// <summary>Maximum length of <see cref="Credit"/>, in UTF-16 code units.</summary>
    public const int CreditMaxLength = 400;

    /// <summary>Database identity; used by admin URLs (<c>/admin/anh/{id}</c>).</summary>
    public int Id { get; set; }

    /// <summary>
    /// Public, unguessable key in variant URLs (<c>/media/{Key}/{width}.webp</c>): 32 lower-case hex digits,
    /// unique, never reused. Unguessable so photos uploaded for an embargoed article cannot be found by
    /// counting ids.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// Generated file name of the original under <c>{Site:MediaPath}/originals/</c>: a GUID other than
    /// <see cref="Key"/> plus the extension of the detected type; never the uploaded name.
    /// </summary>
    public string StoredName { get; set; } = "";

    /// <summary>File name the uploader's computer gave, without any folder part, NFC; shown to editors only, never used as a path.</summary>
    public string OriginalFileName { get; set; } = "";

    /// <summary>Type detected from the content: <c>image/jpeg</c>, <c>image/png</c>, <c>image/webp</c> or <c>image/gif</c>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Size of the original file, in bytes.</summary>
    public long Bytes { get; set; }

    /// <summary>Pixel width of the upright image (after EXIF orientation), first frame for animations.</summary>
    public int Width { get; set; }

    /// <summary>Pixel height of the upright image (after EXIF orientation), first frame for animations.</summary>
    public int Height { get; set; }

    /// <summary>
    /// Alternative text (WCAG 2.2 SC 1.1.1), NFC. Required before the photo is placed in an article unless
    /// <see cref="IsDecorative"/>; empty right after a bulk upload (see <see cref="NeedsAltText"/>).
    /// </summary>
    public string AltText { get; set; } = "";

    /// <summary>The photo carries no information (an empty <c>alt</c> is then correct); <see cref="AltText"/> is empty.</summary>
    public bool IsDecorative { get; set; }

    /// <summary>Default caption (Chú thích ảnh) offered when the photo is placed; plain text, NFC.</summary>
    public string Caption { get; set; } = "";

    /// <summary>Photographer or source, printed as "Ảnh: …"; null when unknown.</summary>
    public string? Credit { get; set; }

    /// <summary>
    /// Lower-case, diacritic-folded original file name, alt text, caption and credit, for the library's
    /// search ("cau treo" finds "Cầu treo"); kept current by <see cref="RefreshSearchText"/>.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>Identity id of the uploader; null for seeded or imported photos, or after the account is deleted.</summary>
    public string? UploadedById { get; set; }

    /// <summary>Display name of the uploader at upload time ("hệ thống" for seeded or imported photos).</summary>
    public string UploadedByName { get; set; } = "";

    /// <summary>UTC instant of the upload.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>True while the photo has neither alt text nor the decorative mark: it may not be placed yet.</summary>
    public bool NeedsAltText => !IsDecorative && string.IsNullOrWhiteSpace(AltText);

    /// <summary>Recomputes <see cref="SearchText"/> from the searchable fields; call after changing any of them.</summary>
    public void RefreshSearchText() =>
        SearchText = Fold(string.Join(' ', OriginalFileName, AltText, Caption, Credit ?? ""));

    /// <summary>Folds text the way <see cref="SearchText"/> is folded, for the search term.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Lower-case text without Vietnamese diacritics (đ → d).</returns>
    public static string Fold(string text)
    {
        return VietnameseFolding.RemoveDiacritics(text).ToLowerInvariant();
    }
}
