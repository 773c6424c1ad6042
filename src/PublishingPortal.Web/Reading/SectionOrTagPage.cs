using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Reading;

/// <summary>One page of a section's or a tag's list of visible articles (<c>/chuyen-muc/{slug}</c>, <c>/tu-khoa/{slug}</c>).</summary>
/// <param name="Name">Section or tag name.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Items">Articles on this page, newest first.</param>
/// <param name="Paging">The page asked for (possibly past the end: then <paramref name="Items"/> is empty), among all visible articles of the list.</param>
public sealed record SectionOrTagPage(string Name, string Slug, IReadOnlyList<ArticleListItem> Items, Paging Paging);
