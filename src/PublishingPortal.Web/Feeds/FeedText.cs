using System.Text;
using System.Xml;

namespace PublishingPortal.Web.Feeds;

/// <summary>
/// Helpers for feeds and sitemaps: text that XML 1.0 accepts, and the writer settings. Their dates come from
/// <see cref="Core.Articles.SiteTimeZone.FormatRfc822"/> (RSS) and <see cref="Core.Articles.SiteTimeZone.FormatIso"/> (sitemaps).
/// </summary>
public static class FeedText
{
    /// <summary>
    /// Drops characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone
    /// surrogates, U+FFFE/U+FFFF), so content pasted with control characters still makes a valid feed.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text without forbidden characters.</returns>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Settings for writing UTF-8 XML with a declaration, indented.</summary>
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        Async = true,
    };
}
