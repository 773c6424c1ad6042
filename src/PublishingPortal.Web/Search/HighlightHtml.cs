using Microsoft.AspNetCore.Html;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Web.Search;

/// <summary>Renders highlight segments: matches in <c>&lt;mark&gt;</c>, all text HTML-encoded by the view's encoder.</summary>
public static class HighlightHtml
{
    /// <summary>Builds the HTML.</summary>
    /// <param name="segments">Segments from <see cref="MatchHighlighter"/>.</param>
    /// <returns>Content for a Razor view.</returns>
    public static IHtmlContent Render(IReadOnlyList<HighlightSegment> segments)
    {
        var builder = new HtmlContentBuilder(segments.Count * 3);
        foreach (var segment in segments)
        {
            if (segment.IsMatch)
            {
                builder.AppendHtml("<mark>").Append(segment.Text).AppendHtml("</mark>");
            }
            else
            {
                builder.Append(segment.Text);
            }
        }

        return builder;
    }
}
