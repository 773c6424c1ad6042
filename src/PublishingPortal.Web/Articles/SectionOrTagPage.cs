namespace PublishingPortal.Web.Articles;

/// <summary>One page of a section's or a tag's list of visible articles (<c>/chuyen-muc/{slug}</c>, <c>/tu-khoa/{slug}</c>).</summary>
/// <param name="Name">Section or tag name.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Items">Articles on this page, newest first.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageCount">Number of pages (at least 1).</param>
/// <param name="Total">Number of visible articles in the list.</param>
public sealed record SectionOrTagPage(string Name, string Slug, IReadOnlyList<ArticleListItem> Items, int Page, int PageCount, int Total);
