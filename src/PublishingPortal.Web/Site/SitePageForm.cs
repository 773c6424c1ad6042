using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Site;

/// <summary>The site-page form (Vietnamese page or English version); <see cref="SitePages"/> checks it.</summary>
public sealed class SitePageForm
{
    /// <summary>Title.</summary>
    [Display(Name = "Tiêu đề")]
    public string? Title { get; set; }

    /// <summary>Slug; empty to derive from the title.</summary>
    [Display(Name = "Đường dẫn")]
    public string? Slug { get; set; }

    /// <summary>Markdown body. The name is the editor script's contract (<c>textarea[name="BodyMarkdown"]</c>).</summary>
    [Display(Name = "Nội dung")]
    public string? BodyMarkdown { get; set; }

    /// <summary>Position in the footer and menu.</summary>
    [Display(Name = "Thứ tự")]
    public int SortOrder { get; set; }

    /// <summary>Listed in the footer (Vietnamese pages).</summary>
    [Display(Name = "Hiện ở chân trang")]
    public bool ShowInFooter { get; set; }

    /// <summary>Listed in the menu (Vietnamese pages).</summary>
    [Display(Name = "Hiện trong menu")]
    public bool ShowInMenu { get; set; }
}
