namespace PublishingPortal.Web.Reading;

/// <summary>A section (category) as menus and the feed index list it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Slug.</param>
public sealed record SectionLink(string Name, string Slug);
