namespace PublishingPortal.Core.Search;

/// <summary>One matching article, with the text needed to show and highlight it.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Headline as stored (NFC).</param>
/// <param name="Slug">Current slug; the web host makes the page's path from it (<c>ReaderUrls.Article</c>).</param>
/// <param name="Lead">Standfirst as stored.</param>
/// <param name="Body">Body as plain text, for an excerpt when the lead does not contain the phrase.</param>
/// <param name="PublishedAt">UTC publication instant.</param>
/// <param name="CategoryName">Section name, or null.</param>
/// <param name="ExactMatch">Whether the exact spelling matched (always false when the query had no diacritics).</param>
public sealed record ArticleSearchHit(
    int ArticleId,
    string Title,
    string Slug,
    string Lead,
    string Body,
    DateTimeOffset PublishedAt,
    string? CategoryName,
    bool ExactMatch);
