namespace PublishingPortal.Web.Areas.Admin.Models.Users;

/// <summary>A section offered in the account form's per-right checkbox lists (children follow their parent, indented).</summary>
/// <param name="Id">Section id, the checkbox value.</param>
/// <param name="Name">Section name.</param>
/// <param name="IsChild">True for a child section (shown indented under its parent, which includes it).</param>
public sealed record SectionChoice(int Id, string Name, bool IsChild);
