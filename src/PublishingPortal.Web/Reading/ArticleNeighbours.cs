namespace PublishingPortal.Web.Reading;

/// <summary>What is shown around an article: its tags, related news and the section's other news.</summary>
/// <param name="Tags">The article's tags (name, slug).</param>
/// <param name="Related">"Tin liên quan": visible articles sharing a tag, then the section, newest first.</param>
/// <param name="Newer">"Các tin khác": newer articles of the same section, oldest of them first.</param>
/// <param name="Older">"Các tin khác": older articles of the same section, newest first.</param>
public sealed record ArticleNeighbours(
    IReadOnlyList<SectionLink> Tags,
    IReadOnlyList<ArticleListItem> Related,
    IReadOnlyList<ArticleListItem> Newer,
    IReadOnlyList<ArticleListItem> Older);
