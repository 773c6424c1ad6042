using System.Globalization;
using System.Text;
using System.Xml;

namespace PublishingPortal.Web.Feeds;

/// <summary>Helpers for feeds and sitemaps: text that XML 1.0 accepts, and the date formats the formats demand.</summary>
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

    /// <summary>RFC 822 date-time as RSS 2.0 requires, with a numeric offset: "Thu, 25 Apr 2024 00:30:00 +0700".</summary>
    /// <param name="local">The instant with the offset to print (the site's).</param>
    /// <returns>The formatted date.</returns>
    public static string Rfc822(DateTimeOffset local)
    {
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return local.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>W3C date-time (ISO 8601 with offset) as sitemaps require: "2024-04-25T00:30:00+07:00".</summary>
    /// <param name="local">The instant with the offset to print.</param>
    /// <returns>The formatted date.</returns>
    public static string W3c(DateTimeOffset local) =>
        local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Settings for writing UTF-8 XML with a declaration, indented.</summary>
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        Async = true,
    };
}
