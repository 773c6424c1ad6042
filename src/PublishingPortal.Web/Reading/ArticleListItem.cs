using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Reading;

/// <summary>One line of an article list (home, sections).</summary>
/// <param name="Title">Headline.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="Lead">Standfirst, plain text.</param>
/// <param name="PublishedAt">UTC publication instant.</param>
/// <param name="CategoryName">Section name or null.</param>
/// <param name="Image">First figure with a photo, or null.</param>
/// <param name="Id">Article id (for cache tags).</param>
public sealed record ArticleListItem(
    string Title,
    string Slug,
    string Lead,
    DateTimeOffset PublishedAt,
    string? CategoryName,
    ImageRef? Image,
    int Id = 0)
{
    /// <summary>The article's page, <c>/tin-tuc/{slug}</c> (<see cref="ReaderUrls.Article"/>).</summary>
    public string Path => ReaderUrls.Article(Slug);
}
