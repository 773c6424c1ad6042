namespace PublishingPortal.Web.Reading;

/// <summary>A top-level entry of the readers' section menu with its children (one level, issue 11).</summary>
/// <param name="Name">Section name.</param>
/// <param name="Slug">Section slug.</param>
/// <param name="Children">Child sections shown in the menu, in order; often empty.</param>
public sealed record MenuSection(string Name, string Slug, IReadOnlyList<SectionLink> Children);
