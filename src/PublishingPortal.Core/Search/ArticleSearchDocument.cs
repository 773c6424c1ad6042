using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Search;

/// <summary>The text of one article as a search index takes it: every workflow state is indexed, readers' visibility is checked at query time.</summary>
/// <param name="ArticleId">The article's <see cref="Article.Id"/> (saved, so not 0).</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Standfirst.</param>
/// <param name="Body">Body as plain text.</param>
public sealed record ArticleSearchDocument(int ArticleId, string Title, string Lead, string Body)
{
    /// <summary>The byline (<see cref="Article.Byline"/>), or empty.</summary>
    public string Byline { get; init; } = "";

    /// <summary>Names of the article's tags (<see cref="Tag.Name"/>), in any order; empty when it has none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Name of the article's section (<see cref="Category.Name"/>), or empty when it has none.</summary>
    public string Section { get; init; } = "";

    /// <summary>
    /// The texts of the one extra indexed field "Meta" (issue 12: a reader finds an article by its byline, a tag or its
    /// section even when the words are not in its text): the byline, each tag, the section name, in that order,
    /// blanks left out. Stores keep the parts apart so that a phrase never runs from one into the next.
    /// </summary>
    public IEnumerable<string> MetaParts =>
        new[] { Byline }.Concat(Tags).Append(Section).Where(part => !string.IsNullOrWhiteSpace(part));

    /// <summary>Takes the indexed text from an article: the body from its sanitised HTML, or its Markdown when no HTML is stored.</summary>
    /// <param name="article">A saved article; its <see cref="Article.Tags"/> and <see cref="Article.Category"/> as loaded (not loaded = none).</param>
    /// <returns>The document.</returns>
    public static ArticleSearchDocument From(Article article)
    {
        return new ArticleSearchDocument(article.Id, article.Title, article.Lead, BodyText(article.BodyHtml, article.BodyMarkdown))
        {
            Byline = article.Byline ?? "",
            Tags = article.Tags.ConvertAll(t => t.Name),
            Section = article.Category?.Name ?? "",
        };
    }

    /// <summary>The body as plain text for indexing and excerpts.</summary>
    /// <param name="bodyHtml">Stored sanitised HTML, possibly empty.</param>
    /// <param name="bodyMarkdown">Markdown source, used when <paramref name="bodyHtml"/> is empty.</param>
    /// <returns>One line of text.</returns>
    public static string BodyText(string? bodyHtml, string? bodyMarkdown) =>
        string.IsNullOrEmpty(bodyHtml) ? (bodyMarkdown ?? "").ReplaceLineEndings(" ").Trim() : HtmlText.ToPlainText(bodyHtml);
}
