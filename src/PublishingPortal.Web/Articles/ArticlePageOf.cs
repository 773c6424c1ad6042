using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Articles;

/// <summary>One page of a paged list of articles (a section or a tag).</summary>
/// <param name="Name">Section or tag name.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Items">Articles on this page, newest first.</param>
/// <param name="Paging">The page asked for (possibly past the end: then <paramref name="Items"/> is empty), among all visible articles of the list.</param>
public sealed record ArticlePageOf(string Name, string Slug, IReadOnlyList<ArticleListItem> Items, Paging Paging);
