using System.Text;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The editable fields of an article as the editor form delivered them, already parsed: text in NFC,
/// line breaks as "\n", instants in UTC. Checks that need the database (slug free, category exists)
/// are made by <see cref="ArticleEditor"/>.
/// </summary>
/// <param name="Title">Headline, trimmed, 1–<see cref="Core.Articles.Article.TitleMaxLength"/> characters.</param>
/// <param name="Slug">Slug typed by the editor (shape already checked), or null to derive it from the title.</param>
/// <param name="Lead">Standfirst, plain text, possibly empty.</param>
/// <param name="BodyMarkdown">Body in Markdown, possibly empty.</param>
/// <param name="CategoryId">Section id, or null for none.</param>
/// <param name="Tags">Tag names from <see cref="Core.Articles.Tag.ParseNames"/>.</param>
/// <param name="Byline">Printed author name, or null.</param>
/// <param name="Source">Source, or null.</param>
/// <param name="PublishAt">UTC publication instant typed in site time, or null.</param>
/// <param name="ExpiresAt">UTC expiry instant, or null for never.</param>
public sealed record ArticleContent(
    string Title,
    string? Slug,
    string Lead,
    string BodyMarkdown,
    int? CategoryId,
    IReadOnlyList<string> Tags,
    string? Byline,
    string? Source,
    DateTimeOffset? PublishAt,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>
    /// Text as typed into a form, in the form it is stored and rendered: "\r\n" (what browsers post) as "\n", so
    /// revisions and diffs keep one convention, and Unicode NFC, the stored form of every text.
    /// </summary>
    /// <param name="typed">The posted text, or null.</param>
    /// <returns>The text ("" for null), not trimmed.</returns>
    public static string StoredText(string? typed) =>
        (typed ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
}
