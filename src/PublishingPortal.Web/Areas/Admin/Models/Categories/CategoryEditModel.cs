using System.ComponentModel.DataAnnotations;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Categories;

/// <summary>The section form, for creating and editing (<c>/admin/chuyen-muc/tao-moi</c>, <c>/admin/chuyen-muc/{id}</c>).</summary>
public sealed class CategoryEditModel
{
    /// <summary>Display name, 1–200 characters, e.g. "Thời sự".</summary>
    [Required(ErrorMessage = "Hãy nhập tên chuyên mục.")]
    [StringLength(Category.NameMaxLength, ErrorMessage = "Tên dài tối đa {1} ký tự.")]
    [Display(Name = "Tên chuyên mục")]
    public string Name { get; set; } = "";

    /// <summary>The URL segment as typed; empty makes one from <see cref="Name"/> (đ→d, lower-case ASCII).</summary>
    [StringLength(Article.SlugMaxLength, ErrorMessage = "Đường dẫn dài tối đa {1} ký tự.")]
    [Display(Name = "Đường dẫn")]
    public string? Slug { get; set; }

    /// <summary>The parent section's id, or null for a top-level section.</summary>
    [Display(Name = "Thuộc chuyên mục")]
    public int? ParentId { get; set; }

    /// <summary>Whether the section appears in the readers' header menu.</summary>
    [Display(Name = "Hiện trên menu")]
    public bool ShowInMenu { get; set; } = true;

    /// <summary>Introduction on the section page, plain text, at most 1000 characters.</summary>
    [StringLength(Category.DescriptionMaxLength, ErrorMessage = "Mô tả dài tối đa {1} ký tự.")]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }

    /// <summary>The section page's meta description, plain text, at most 300 characters.</summary>
    [StringLength(Category.MetaDescriptionMaxLength, ErrorMessage = "Mô tả cho máy tìm kiếm dài tối đa {1} ký tự.")]
    [Display(Name = "Mô tả cho máy tìm kiếm (meta description)")]
    public string? MetaDescription { get; set; }

    /// <summary>Position among its siblings from 1, or null to keep it (a new section goes last).</summary>
    [Range(1, 10000, ErrorMessage = "Vị trí là một số từ 1.")]
    [Display(Name = "Vị trí")]
    public int? Position { get; set; }
}
