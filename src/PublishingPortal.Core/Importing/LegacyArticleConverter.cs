using System.Text;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Importing;

/// <summary>
/// Turns a parsed legacy export into a published <see cref="Article"/>: paragraphs and sub-headings
/// become escaped Markdown, each caption a Markdig figure (<c>^^^</c> block) pointing at a
/// "photo missing" <see cref="Figure"/> in file order, the printed date (site time zone) a UTC instant.
/// </summary>
public sealed class LegacyArticleConverter
{
    private readonly SiteTimeZone _timeZone;
    private readonly ArticleBodyRenderer _renderer;

    /// <summary>Creates the converter.</summary>
    /// <param name="timeZone">Zone in which the export's dates were printed.</param>
    /// <param name="renderer">Renderer that fills <see cref="Article.BodyHtml"/>.</param>
    public LegacyArticleConverter(SiteTimeZone timeZone, ArticleBodyRenderer renderer)
    {
        _timeZone = timeZone;
        _renderer = renderer;
    }

    /// <summary>
    /// Builds the article (not yet saved; <see cref="Article.Slug"/> is the title's slug, not yet made unique).
    /// </summary>
    /// <param name="legacy">The parsed export.</param>
    /// <param name="now">The import instant: creation time, and publication time when the export has no date.</param>
    /// <returns>A <see cref="ArticleStatus.Published"/> article with its figures.</returns>
    public Article ToArticle(LegacyArticle legacy, DateTimeOffset now)
    {
        var article = new Article
        {
            Title = legacy.Title,
            Slug = Slugs.FromTitle(legacy.Title),
            Lead = legacy.Lead,
            Byline = legacy.Byline,
            Source = legacy.Source,
            Status = ArticleStatus.Published,
            PublishedAt = legacy.Date is { } date ? _timeZone.FromSiteTime(date, legacy.Time ?? default) : now.ToUniversalTime(),
            CreatedAt = now.ToUniversalTime(),
            UpdatedAt = now.ToUniversalTime(),
            ImportKey = legacy.ContentHash,
        };

        var markdown = new StringBuilder();
        foreach (var block in legacy.Blocks)
        {
            switch (block.Kind)
            {
                case LegacyBlockKind.Heading:
                    markdown.Append("## ").Append(MarkdownText.Escape(block.Text)).Append("\n\n");
                    break;
                case LegacyBlockKind.Caption:
                    var figure = new Figure { Order = article.Figures.Count + 1, Caption = block.Text, Credit = block.Credit };
                    article.Figures.Add(figure);
                    markdown.Append("^^^\n![](").Append(ArticleBodyRenderer.FigureScheme).Append(figure.Order)
                        .Append(")\n^^^ ").Append(MarkdownText.Escape(block.Text));
                    if (block.Credit is not null)
                    {
                        markdown.Append(" *").Append(MarkdownText.Escape("Ảnh: " + block.Credit)).Append('*');
                    }

                    markdown.Append("\n\n");
                    break;
                default:
                    markdown.Append(MarkdownText.Escape(block.Text)).Append("\n\n");
                    break;
            }
        }

        article.BodyMarkdown = markdown.ToString().TrimEnd() + "\n";
        article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures);
        return article;
    }
}
