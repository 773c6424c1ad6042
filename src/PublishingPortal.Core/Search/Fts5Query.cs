using System.Text;
using System.Text.RegularExpressions;

namespace PublishingPortal.Core.Search;

/// <summary>
/// Builds SQLite FTS5 MATCH expressions from tokens, never from reader text: every token is a quoted string
/// (an embedded <c>"</c> doubled, as FTS5 escapes it), joined with <c>+</c> into one phrase, so no operator,
/// column filter or prefix query can be injected (https://sqlite.org/fts5.html#fts5_strings).
/// </summary>
public static partial class Fts5Query
{
    /// <summary>A phrase of consecutive tokens, optionally limited to some columns.</summary>
    /// <param name="tokens">At least one non-empty token, e.g. [van, de].</param>
    /// <param name="columns">Column names (ASCII identifiers) to search; null or empty for all columns.</param>
    /// <returns>e.g. <c>{Title Lead} : "van" + "de"</c>.</returns>
    /// <exception cref="ArgumentException">No tokens, an empty token, or a column name that is not an identifier.</exception>
    public static string Phrase(IReadOnlyList<string> tokens, IReadOnlyList<string>? columns = null)
    {
        if (tokens.Count == 0)
        {
            throw new ArgumentException("A phrase needs at least one token.", nameof(tokens));
        }

        var builder = new StringBuilder();
        if (columns is { Count: > 0 })
        {
            builder.Append('{');
            for (var i = 0; i < columns.Count; i++)
            {
                if (!Identifier().IsMatch(columns[i]))
                {
                    throw new ArgumentException($"Not a column name: {columns[i]}", nameof(columns));
                }

                builder.Append(i == 0 ? "" : " ").Append(columns[i]);
            }

            builder.Append("} : ");
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (string.IsNullOrEmpty(tokens[i]))
            {
                throw new ArgumentException("Tokens must not be empty.", nameof(tokens));
            }

            builder.Append(i == 0 ? "\"" : " + \"").Append(tokens[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
