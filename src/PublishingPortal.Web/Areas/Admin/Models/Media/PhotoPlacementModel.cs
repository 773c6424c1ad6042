using System.ComponentModel.DataAnnotations;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>
/// The form that places a library photo in an article: as the lead photo, as a new figure at the end
/// of the body, or on existing figure <see cref="Order"/>. The alt text is this use's (required unless
/// decorative, except when attaching: blank keeps the figure's own, else the photo's); caption and
/// credit apply to the lead photo and to a new figure (an existing figure keeps its own).
/// </summary>
public sealed class PhotoPlacementModel : IValidatableObject
{
    /// <summary>Library photo id.</summary>
    [Range(1, int.MaxValue)]
    public int MediaId { get; set; }

    /// <summary>Existing figure to attach to (1, 2, …); only for attaching.</summary>
    public int? Order { get; set; }

    /// <summary>Alternative text.</summary>
    [Display(Name = "Mô tả ảnh (alt)")]
    [StringLength(MediaAsset.AltTextMaxLength, ErrorMessage = "Mô tả ảnh dài quá {1} ký tự.")]
    public string? AltText { get; set; }

    /// <summary>Decorative: empty alt.</summary>
    [Display(Name = "Ảnh trang trí (không cần mô tả)")]
    public bool IsDecorative { get; set; }

    /// <summary>Caption.</summary>
    [Display(Name = "Chú thích ảnh")]
    [StringLength(Figure.CaptionMaxLength, ErrorMessage = "Chú thích dài quá {1} ký tự.")]
    public string? Caption { get; set; }

    /// <summary>Credit without "Ảnh:".</summary>
    [Display(Name = "Tác giả ảnh (Ảnh: …)")]
    [StringLength(MediaAsset.CreditMaxLength, ErrorMessage = "Tên tác giả ảnh dài quá {1} ký tự.")]
    public string? Credit { get; set; }

    /// <summary>The alt text to store: empty when decorative.</summary>
    public string Alt => IsDecorative ? "" : (AltText ?? "").Trim();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsDecorative && string.IsNullOrWhiteSpace(AltText))
        {
            yield return new ValidationResult(MediaLibrary.AltRequiredMessage, [nameof(AltText)]);
        }
    }
}
