using System.ComponentModel.DataAnnotations;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>The form of what an editor says about a library photo (<c>/admin/anh/{id}</c>).</summary>
public sealed class MediaEditModel : IValidatableObject
{
    /// <summary>Alternative text; required unless <see cref="IsDecorative"/>.</summary>
    [Display(Name = "Mô tả ảnh (alt)")]
    [StringLength(MediaAsset.AltTextMaxLength, ErrorMessage = "Mô tả ảnh dài quá {1} ký tự.")]
    public string? AltText { get; set; }

    /// <summary>The photo is decorative: readers of screen readers lose nothing without it.</summary>
    [Display(Name = "Ảnh trang trí (không cần mô tả)")]
    public bool IsDecorative { get; set; }

    /// <summary>Default caption.</summary>
    [Display(Name = "Chú thích mặc định")]
    [StringLength(MediaAsset.CaptionMaxLength, ErrorMessage = "Chú thích dài quá {1} ký tự.")]
    public string? Caption { get; set; }

    /// <summary>Credit without "Ảnh:".</summary>
    [Display(Name = "Tác giả ảnh (Ảnh: …)")]
    [StringLength(MediaAsset.CreditMaxLength, ErrorMessage = "Tên tác giả ảnh dài quá {1} ký tự.")]
    public string? Credit { get; set; }

    /// <summary>The form filled from a photo.</summary>
    /// <param name="asset">The photo.</param>
    /// <returns>The model.</returns>
    public static MediaEditModel From(MediaAsset asset)
    {
        return new MediaEditModel { AltText = asset.AltText, IsDecorative = asset.IsDecorative, Caption = asset.Caption, Credit = asset.Credit };
    }

    /// <summary>The validated values.</summary>
    /// <returns>Details for <see cref="MediaLibrary.UpdateAsync"/>.</returns>
    public MediaDetails ToDetails() => new(AltText ?? "", IsDecorative, Caption ?? "", Credit);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsDecorative && string.IsNullOrWhiteSpace(AltText))
        {
            yield return new ValidationResult(MediaLibrary.AltRequiredMessage, [nameof(AltText)]);
        }
    }
}
