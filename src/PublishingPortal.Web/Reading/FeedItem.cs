using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Reading;

/// <summary>One article as feeds and sitemaps need it.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="Lead">Standfirst, plain text.</param>
/// <param name="PublishedAt">UTC publication instant.</param>
/// <param name="UpdatedAt">UTC instant of the last save.</param>
/// <param name="CategoryName">Section name or null.</param>
/// <param name="Byline">Author name or null.</param>
public sealed record FeedItem(string Title, string Slug, string Lead, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, string? CategoryName, string? Byline)
{
    /// <summary>The article's page, <c>/tin-tuc/{slug}</c> (<see cref="ReaderUrls.Article"/>).</summary>
    public string Path => ReaderUrls.Article(Slug);
}
