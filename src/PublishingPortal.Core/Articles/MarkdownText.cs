using System.Text;
using System.Text.RegularExpressions;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// Writes plain text (from imports) into Markdown so that it renders as the same text: ASCII
/// punctuation that CommonMark gives a meaning to is backslash-escaped (CommonMark 0.31 §2.4), inline
/// markers anywhere and block markers (<c>#</c>, <c>-</c>, <c>+</c>, <c>1.</c>, …) at the line start.
/// </summary>
public static partial class MarkdownText
{
    // Characters that start or end inline syntax anywhere in a line.
    private const string InlineSpecial = "\\`*_[]<>!&|~^";

    // Characters that are inline syntax only when doubled: the pipeline's emphasis extras ==marked== and
    // ++inserted++. A single one stays bare so that URLs such as "?id=1" still autolink whole.
    private const string DoubledSpecial = "=+";

    // Characters that open a block (heading, list, quote, thematic break, setext underline) at the line start.
    private const string BlockStart = "#+-=>";

    /// <summary>Escapes one line (or paragraph) of plain text.</summary>
    /// <param name="text">Plain text without line breaks.</param>
    /// <returns>Markdown that renders exactly <paramref name="text"/>.</returns>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var orderedList = OrderedListMarker().Match(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = InlineSpecial.Contains(c, StringComparison.Ordinal)
                || (DoubledSpecial.Contains(c, StringComparison.Ordinal)
                    && ((i > 0 && text[i - 1] == c) || (i + 1 < text.Length && text[i + 1] == c)))
                || (i == 0 && BlockStart.Contains(c, StringComparison.Ordinal))
                || (orderedList.Success && i == orderedList.Length - 1);
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\d{1,9}[.)]", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListMarker();
}
