using System.Globalization;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// Turns an article body from Markdown into the HTML stored beside it: Markdig (CommonMark, with the
/// figures extension so <c>^^^</c> blocks become <c>&lt;figure&gt;…&lt;figcaption&gt;</c>), raw HTML
/// disabled (it is shown as text, never passed through), then HtmlSanitizer with an allow-list.
/// Images written as <c>![alt](figure:N)</c> are resolved against the article's figures; a missing
/// photo becomes a neutral placeholder of fixed 16:9 aspect ratio. The lead photo (the figure of order
/// <see cref="LeadPhoto.FigureOrder"/>), which the Markdown does not mention, is rendered first, as a
/// <c>&lt;figure class="lead-photo"&gt;</c>, unless a body figure shows the same photo.
/// </summary>
public sealed class ArticleBodyRenderer
{
    /// <summary>Web path of the placeholder shown for a figure whose photo is missing.</summary>
    public const string PhotoMissingPath = "/img/photo-missing.svg";

    /// <summary>URL scheme by which Markdown refers to <see cref="Figure.Order"/>.</summary>
    public const string FigureScheme = "figure:";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseFigures()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// Renders and sanitises a body.
    /// </summary>
    /// <param name="markdown">Markdown source; any size, any content (hostile input is made harmless).</param>
    /// <param name="figures">The article's figures; <c>figure:N</c> refers to the one whose <see cref="Figure.Order"/> is N.</param>
    /// <returns>Sanitised HTML, safe to write to a page unencoded.</returns>
    public string Render(string markdown, IReadOnlyList<Figure> figures)
    {
        var lead = figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder && f.ImagePath is not null);
        if (lead is not null && figures.Any(f => f.Order != LeadPhoto.FigureOrder && f.ImagePath == lead.ImagePath))
        {
            lead = null;
        }

        if (lead is not null)
        {
            markdown = FigureBlock(lead.Order, lead.Caption, lead.Credit) + "\n\n" + markdown;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        if (lead is not null)
        {
            document.Descendants<Markdig.Extensions.Figures.Figure>().FirstOrDefault()?.GetAttributes().AddClass("lead-photo");
        }

        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            ResolveImage(image, figures);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return _sanitizer.Sanitize(writer.ToString());
    }

    /// <summary>
    /// The Markdown of a figure block: <c>^^^</c>, <c>![](figure:N)</c>, <c>^^^ caption *Ảnh: credit*</c>
    /// (caption and credit escaped as plain text, line breaks folded to spaces).
    /// </summary>
    /// <param name="order">The figure's <see cref="Figure.Order"/>.</param>
    /// <param name="caption">Caption, plain text; may be empty.</param>
    /// <param name="credit">Credit without the "Ảnh:" prefix, or null.</param>
    /// <returns>Three lines without a trailing line break.</returns>
    public static string FigureBlock(int order, string caption, string? credit)
    {
        var text = new StringBuilder("^^^\n![](").Append(FigureScheme)
            .Append(order.ToString(CultureInfo.InvariantCulture)).Append(")\n^^^");
        var line = OneLine(caption);
        if (line.Length > 0)
        {
            text.Append(' ').Append(MarkdownText.Escape(line));
        }

        if (!string.IsNullOrWhiteSpace(credit))
        {
            text.Append(" *").Append(MarkdownText.Escape("Ảnh: " + OneLine(credit))).Append('*');
        }

        return text.ToString();
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void ResolveImage(LinkInline image, IReadOnlyList<Figure> figures)
    {
        var attributes = image.GetAttributes();
        attributes.AddProperty("loading", "lazy");
        attributes.AddProperty("decoding", "async");
        var url = image.Url ?? "";
        if (!url.StartsWith(FigureScheme, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var figure = int.TryParse(url.AsSpan(FigureScheme.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var order)
            ? figures.FirstOrDefault(f => f.Order == order)
            : null;
        if (figure?.ImagePath is { } path)
        {
            image.Url = path;
            SetAlt(image, figure.AltText);
            if (figure.Width is { } w && figure.Height is { } h)
            {
                attributes.AddProperty("width", w.ToString(CultureInfo.InvariantCulture));
                attributes.AddProperty("height", h.ToString(CultureInfo.InvariantCulture));
            }

            return;
        }

        // Photo missing: a placeholder that is decorative (the caption beside it carries the meaning).
        image.Url = PhotoMissingPath;
        SetAlt(image, "");
        attributes.AddClass("photo-missing");
        attributes.AddProperty("width", "1600");
        attributes.AddProperty("height", "900");
    }

    private static void SetAlt(LinkInline image, string alt)
    {
        while (image.FirstChild is { } child)
        {
            child.Remove();
        }

        if (alt.Length > 0)
        {
            image.AppendChild(new LiteralInline(alt));
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[]
                 {
                     "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del", "ins",
                     "mark", "sub", "sup", "small", "blockquote", "q", "cite", "code", "pre", "ul", "ol", "li", "a",
                     "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "caption",
                 })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[]
                 {
                     "href", "title", "src", "alt", "width", "height", "loading", "decoding", "class", "start",
                     "colspan", "rowspan", "align",
                 })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
