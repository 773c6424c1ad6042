using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>
    /// Sections the account may write in (<see cref="SectionRight.Write"/>), posted as repeated <c>WriteSections</c>
    /// checkbox values (section ids); none ticked means every section (issue 11).
    /// </summary>
    public ICollection<string> WriteSections { get; } = new List<string>();

    /// <summary>Sections the account may edit others' articles in (<see cref="SectionRight.Edit"/>), as <see cref="WriteSections"/>.</summary>
    public ICollection<string> EditSections { get; } = new List<string>();

    /// <summary>Sections the account may publish in (<see cref="SectionRight.Publish"/>), as <see cref="WriteSections"/>.</summary>
    public ICollection<string> PublishSections { get; } = new List<string>();

    /// <summary>The sections offered, parents each followed by their children (filled by the server, never bound).</summary>
    [BindNever]
    public IReadOnlyList<SectionChoice> SectionChoices { get; set; } = [];

    /// <summary>The posted section ids of one right.</summary>
    /// <param name="right">The right.</param>
    /// <returns>The collection bound for it.</returns>
    public ICollection<string> SectionsFor(SectionRight right) => right switch
    {
        SectionRight.Write => WriteSections,
        SectionRight.Edit => EditSections,
        _ => PublishSections,
    };
}
