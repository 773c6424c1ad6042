using System.ComponentModel.DataAnnotations;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>The fields an Administrator sets both when creating and when editing an account.</summary>
public abstract class UserFormModel
{
    /// <summary>Full name shown in lists and bylines, 1–100 characters, e.g. "Nguyễn Thu Hà".</summary>
    [Required(ErrorMessage = "Hãy nhập họ tên.")]
    [StringLength(PortalUser.DisplayNameMaxLength, ErrorMessage = "Họ tên dài tối đa {1} ký tự.")]
    [Display(Name = "Họ tên")]
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// Identity role names from <see cref="NewsroomRoles.All"/> (posted as repeated <c>Roles</c>
    /// checkbox values); at least one, since an account without a role cannot enter the admin area.
    /// </summary>
    [Display(Name = "Vai trò")]
    public ICollection<string> Roles { get; } = new List<string>();
}
