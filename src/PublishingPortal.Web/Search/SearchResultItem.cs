using PublishingPortal.Core.Search;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Search;

/// <summary>One result on the search page.</summary>
/// <param name="Title">Headline with the matches marked.</param>
/// <param name="Slug">Current slug.</param>
/// <param name="PublishedAt">UTC publication instant.</param>
/// <param name="CategoryName">Section name, or null.</param>
/// <param name="Excerpt">The lead around the match (or the body's, when only the body matches), matches marked.</param>
public sealed record SearchResultItem(
    IReadOnlyList<HighlightSegment> Title,
    string Slug,
    DateTimeOffset PublishedAt,
    string? CategoryName,
    IReadOnlyList<HighlightSegment> Excerpt)
{
    /// <summary>The article's page, <c>/tin-tuc/{slug}</c> (<see cref="ReaderUrls.Article"/>).</summary>
    public string Path => ReaderUrls.Article(Slug);
}
