using System.Net;
using System.Text.RegularExpressions;

namespace PublishingPortal.Core.Search;

/// <summary>
/// Plain text from the stored, sanitised body HTML (<see cref="Articles.ArticleBodyRenderer"/>), for indexing
/// and excerpts: block elements become spaces, inline elements vanish ("<c>&lt;b&gt;Đ&lt;/b&gt;ồng</c>" stays one
/// word), entities are decoded, white space is collapsed. Not a sanitiser: its output is text to be encoded.
/// </summary>
public static partial class HtmlText
{
    /// <summary>Converts HTML to one line of plain text.</summary>
    /// <param name="html">An HTML fragment; empty gives empty.</param>
    /// <returns>e.g. "&lt;p&gt;Vấn &amp;amp; đề&lt;/p&gt;&lt;p&gt;Hai&lt;/p&gt;" → "Vấn &amp; đề Hai".</returns>
    public static string ToPlainText(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var text = Hidden().Replace(html, " ");
        text = BlockTag().Replace(text, " ");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|figure|figcaption|blockquote|pre|table|thead|tbody|tr|td|th|img|section|article|aside|header|footer)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
