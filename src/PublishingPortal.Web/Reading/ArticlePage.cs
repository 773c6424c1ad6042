using System.Linq.Expressions;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Reading;

/// <summary>
/// What the article page needs of one article: a projection read without tracking, by <see cref="Projection"/>,
/// for the public page (visible articles only) and for the admin preview (any state) alike.
/// </summary>
/// <param name="Id">Database id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="Lead">Standfirst, plain text.</param>
/// <param name="BodyHtml">Sanitised body HTML.</param>
/// <param name="Byline">Author name or null.</param>
/// <param name="Source">Source or null.</param>
/// <param name="PublishedAt">UTC publication instant.</param>
/// <param name="UpdatedAt">UTC instant of the last save.</param>
/// <param name="CategoryName">Section name or null.</param>
/// <param name="CategorySlug">Section slug or null.</param>
/// <param name="LeadImage">First figure that has a photo, for Open Graph and JSON-LD; null if none.</param>
/// <param name="Views">Views counted so far (written in batches, so up to a flush interval behind).</param>
public sealed record ArticlePage(
    int Id,
    string Title,
    string Slug,
    string Lead,
    string BodyHtml,
    string? Byline,
    string? Source,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string? CategoryName,
    string? CategorySlug,
    ImageRef? LeadImage,
    long Views = 0)
{
    /// <summary>
    /// The one projection of an article to its page, so the admin preview shows what the public page will:
    /// one query with the lead image and the view count. An article never published (only the preview shows
    /// one) is dated by its last save.
    /// </summary>
    /// <param name="db">The context whose view counts are read (the querying one).</param>
    /// <returns>A selector for <c>IQueryable&lt;Article&gt;.Select</c>.</returns>
    public static Expression<Func<Article, ArticlePage>> Projection(PortalDbContext db) => a => new ArticlePage(
        a.Id,
        a.Title,
        a.Slug,
        a.Lead,
        a.BodyHtml,
        a.Byline,
        a.Source,
        a.PublishedAt ?? a.UpdatedAt,
        a.UpdatedAt,
        a.Category != null ? a.Category.Name : null,
        a.Category != null ? a.Category.Slug : null,
        a.Figures.Where(f => f.ImagePath != null).OrderBy(f => f.Order)
            .Select(f => new ImageRef(f.ImagePath!, f.Width, f.Height, f.AltText)).FirstOrDefault(),
        db.ArticleViewCounts.Where(v => v.ArticleId == a.Id).Select(v => v.Views).FirstOrDefault());
    /// <summary>The article's canonical page, <c>/tin-tuc/{slug}</c> (<see cref="ReaderUrls.Article"/>).</summary>
    public string Path => ReaderUrls.Article(Slug);

    /// <summary>The section's list, <c>/chuyen-muc/{slug}</c>; null when the article has no section.</summary>
    public string? CategoryPath => CategorySlug is null ? null : ReaderUrls.Section(CategorySlug);
}
