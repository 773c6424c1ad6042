namespace PublishingPortal.Core.Search;

/// <summary>One title suggested as the reader types in the header search box (issue 12).</summary>
/// <param name="Title">The article's headline, as stored (NFC).</param>
/// <param name="Slug">The article's current slug; the web host turns it into the page's URL.</param>
public sealed record ArticleSuggestion(string Title, string Slug);
