using System.Text;
using System.Text.RegularExpressions;

namespace PublishingPortal.Core.Search;

/// <summary>
/// Builds SQLite FTS5 MATCH expressions from tokens, never from reader text: every token is a quoted string
/// (an embedded <c>"</c> doubled, as FTS5 escapes it), tokens of one term are joined with <c>+</c> into a phrase,
/// and the only operators (AND, OR, NOT, NEAR, parentheses, a column filter) are written here, so no operator,
/// column filter or prefix query can be injected (https://sqlite.org/fts5.html#full_text_query_syntax).
/// </summary>
public static partial class Fts5Query
{
    /// <summary>
    /// Tokens apart, at most, for <see cref="Near"/>: FTS5 counts the tokens between the phrases (its default is 10),
    /// so a 2–4 word query spread over one sentence is "near" (decision 003, tier 1).
    /// </summary>
    public const int NearDistance = 10;

    /// <summary>A phrase of consecutive tokens, optionally limited to some columns.</summary>
    /// <param name="tokens">At least one non-empty token, e.g. [van, de].</param>
    /// <param name="columns">Column names (ASCII identifiers) to search; null or empty for all columns.</param>
    /// <returns>e.g. <c>{Title Lead} : "van" + "de"</c>.</returns>
    /// <exception cref="ArgumentException">No tokens, an empty token, or a column name that is not an identifier.</exception>
    public static string Phrase(IReadOnlyList<string> tokens, IReadOnlyList<string>? columns = null) =>
        Filter(columns) + PhraseOf(tokens);

    /// <summary>
    /// The articles a query finds: every term (<see cref="SearchMatch.AllTerms"/>) or any term
    /// (<see cref="SearchMatch.MostTerms"/>), in any order, none of the excluded terms.
    /// </summary>
    /// <param name="phrase">The parsed query.</param>
    /// <param name="match">All terms or any term.</param>
    /// <param name="columns">Column names to search (the folded columns); null or empty for all columns.</param>
    /// <returns>e.g. <c>{Title Body} : (("dan" AND "van" + "de") NOT ("x"))</c>; without exclusions no NOT part.</returns>
    /// <exception cref="ArgumentException">A column name that is not an identifier.</exception>
    public static string Terms(SearchPhrase phrase, SearchMatch match, IReadOnlyList<string>? columns = null)
    {
        var joiner = match == SearchMatch.AllTerms ? " AND " : " OR ";
        var positive = "(" + string.Join(joiner, phrase.Terms.Select(t => PhraseOf(t.FoldedTokens))) + ")";
        if (phrase.Excluded.Count > 0)
        {
            positive = "(" + positive + " NOT (" + string.Join(" OR ", phrase.Excluded.Select(t => PhraseOf(t.FoldedTokens))) + "))";
        }

        return Filter(columns) + positive;
    }

    /// <summary>Every one of some phrases, anywhere (AND), e.g. the exact spellings of a query's terms.</summary>
    /// <param name="phrases">At least one phrase, each at least one non-empty token.</param>
    /// <param name="columns">Column names to search; null or empty for all columns.</param>
    /// <returns>e.g. <c>{ExactTitle} : ("vân5" AND "đê2")</c>.</returns>
    /// <exception cref="ArgumentException">No phrase, an empty one, an empty token, or a bad column name.</exception>
    public static string AllOf(IReadOnlyList<IReadOnlyList<string>> phrases, IReadOnlyList<string>? columns = null)
    {
        if (phrases.Count == 0)
        {
            throw new ArgumentException("At least one phrase is needed.", nameof(phrases));
        }

        return Filter(columns) + "(" + string.Join(" AND ", phrases.Select(PhraseOf)) + ")";
    }

    /// <summary>Every token within <see cref="NearDistance"/> tokens of the next, in any order (FTS5 NEAR group).</summary>
    /// <param name="tokens">At least one non-empty token.</param>
    /// <param name="columns">Column names to search; null or empty for all columns.</param>
    /// <returns>e.g. <c>{Title} : NEAR("dan" "van" "cong", 10)</c>.</returns>
    /// <exception cref="ArgumentException">No tokens, an empty token, or a bad column name.</exception>
    public static string Near(IReadOnlyList<string> tokens, IReadOnlyList<string>? columns = null)
    {
        Check(tokens);
        return Filter(columns) + "NEAR(" + string.Join(' ', tokens.Select(Quote)) + ", "
            + NearDistance.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    private static string PhraseOf(IReadOnlyList<string> tokens)
    {
        Check(tokens);
        return string.Join(" + ", tokens.Select(Quote));
    }

    private static void Check(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            throw new ArgumentException("A phrase needs at least one token.", nameof(tokens));
        }

        if (tokens.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Tokens must not be empty.", nameof(tokens));
        }
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Filter(IReadOnlyList<string>? columns)
    {
        if (columns is not { Count: > 0 })
        {
            return "";
        }

        var builder = new StringBuilder("{");
        for (var i = 0; i < columns.Count; i++)
        {
            if (!Identifier().IsMatch(columns[i]))
            {
                throw new ArgumentException($"Not a column name: {columns[i]}", nameof(columns));
            }

            builder.Append(i == 0 ? "" : " ").Append(columns[i]);
        }

        return builder.Append("} : ").ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
