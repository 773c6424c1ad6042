namespace PublishingPortal.Web.Areas.Admin.Models.Site;

/// <summary>A section offered in the site settings' home-page blocks list (children follow their parent, indented).</summary>
/// <param name="Id">Section id, the key of the posted <c>HomeOrder[id]</c> position.</param>
/// <param name="Name">Section name.</param>
/// <param name="IsChild">True for a child section.</param>
public sealed record HomeSectionRow(int Id, string Name, bool IsChild);
