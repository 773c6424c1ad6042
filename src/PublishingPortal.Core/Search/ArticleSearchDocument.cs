using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Search;

/// <summary>The text of one article as a search index takes it: every workflow state is indexed, readers' visibility is checked at query time.</summary>
/// <param name="ArticleId">The article's <see cref="Article.Id"/> (saved, so not 0).</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Standfirst.</param>
/// <param name="Body">Body as plain text.</param>
public sealed record ArticleSearchDocument(int ArticleId, string Title, string Lead, string Body)
{
    /// <summary>Takes the indexed text from an article: the body from its sanitised HTML, or its Markdown when no HTML is stored.</summary>
    /// <param name="article">A saved article.</param>
    /// <returns>The document.</returns>
    public static ArticleSearchDocument From(Article article)
    {
        return new ArticleSearchDocument(article.Id, article.Title, article.Lead, BodyText(article.BodyHtml, article.BodyMarkdown));
    }

    /// <summary>The body as plain text for indexing and excerpts.</summary>
    /// <param name="bodyHtml">Stored sanitised HTML, possibly empty.</param>
    /// <param name="bodyMarkdown">Markdown source, used when <paramref name="bodyHtml"/> is empty.</param>
    /// <returns>One line of text.</returns>
    public static string BodyText(string? bodyHtml, string? bodyMarkdown) =>
        string.IsNullOrEmpty(bodyHtml) ? (bodyMarkdown ?? "").ReplaceLineEndings(" ").Trim() : HtmlText.ToPlainText(bodyHtml);
}
