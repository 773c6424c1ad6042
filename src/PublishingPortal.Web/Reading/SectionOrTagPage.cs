using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Reading;

/// <summary>One page of a section's or a tag's list of visible articles (<c>/chuyen-muc/{slug}</c>, <c>/tu-khoa/{slug}</c>).</summary>
/// <param name="Name">Section or tag name.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Items">Articles on this page, newest first.</param>
/// <param name="Paging">The page asked for (possibly past the end: then <paramref name="Items"/> is empty), among all visible articles of the list.</param>
/// <param name="Description">A section's introduction (plain text), or empty; tags have none.</param>
/// <param name="MetaDescription">A section's meta description set by the administrator, or empty for the generated one.</param>
public sealed record SectionOrTagPage(string Name, string Slug, IReadOnlyList<ArticleListItem> Items, Paging Paging, string Description = "", string MetaDescription = "");
