using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Articles;

/// <summary>
/// What the article page needs of one published article: a projection read without tracking.
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
    /// <summary>The article's canonical page, <c>/tin-tuc/{slug}</c> (<see cref="ReaderUrls.Article"/>).</summary>
    public string Path => ReaderUrls.Article(Slug);

    /// <summary>The section's list, <c>/chuyen-muc/{slug}</c>; null when the article has no section.</summary>
    public string? CategoryPath => CategorySlug is null ? null : ReaderUrls.Section(CategorySlug);
}
