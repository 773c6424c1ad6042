using System.Text.RegularExpressions;

namespace PublishingPortal.Core.Search;

/// <summary>
/// A reader's query made safe to search: one phrase of consecutive syllables ("van de" matches "vấn đề",
/// not "đề vấn"), held as folded tokens for matching and exact tokens for ranking (see <see cref="SearchText"/>).
/// Queries are plain words; anything that looks like search-engine syntax is refused rather than guessed at,
/// and index implementations build their own query text from the tokens (see <see cref="Fts5Query"/>), so
/// reader input never reaches a query language.
/// </summary>
public sealed partial class SearchPhrase
{
    /// <summary>Longest query accepted, in UTF-16 characters of the trimmed NFC text (issue 5: "over 200 characters").</summary>
    public const int MaxLength = 200;

    private static readonly string[] _none = [];

    private SearchPhrase(string text, IReadOnlyList<string> foldedTokens, IReadOnlyList<string> exactTokens, bool hasDiacritics)
    {
        Text = text;
        FoldedTokens = foldedTokens;
        ExactTokens = exactTokens;
        HasDiacritics = hasDiacritics;
    }

    /// <summary>The query as typed, trimmed and in NFC.</summary>
    public string Text { get; }

    /// <summary>Folded tokens, at least one, e.g. [dong, chi, dien].</summary>
    public IReadOnlyList<string> FoldedTokens { get; }

    /// <summary>Exact tokens, e.g. [đông2, chi1, điên2]; used for ranking only when <see cref="HasDiacritics"/>.</summary>
    public IReadOnlyList<string> ExactTokens { get; }

    /// <summary>
    /// Whether the reader typed any diacritic; only then do exact spellings rank first, since a query typed
    /// without marks says nothing about which spelling was meant.
    /// </summary>
    public bool HasDiacritics { get; }

    /// <summary>Parses and checks a reader's query.</summary>
    /// <param name="input">The raw query string value; null when absent.</param>
    /// <returns>The phrase, or the first problem found: empty, then too long, then operators, then no words.</returns>
    public static SearchPhraseParseResult Parse(string? input)
    {
        var text = SearchText.Normalize(input ?? "").Trim();
        if (text.Length == 0)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.Empty, 0, _none);
        }

        if (text.Length > MaxLength)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.TooLong, text.Length, _none);
        }

        var operators = FindOperators(text);
        if (operators.Count > 0)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.Operators, text.Length, operators);
        }

        var folded = SearchText.FoldedTokens(text);
        if (folded.Count == 0)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.NoWords, text.Length, _none);
        }

        var phrase = new SearchPhrase(text, folded, SearchText.ExactTokens(text), SearchText.HasDiacritics(text));
        return new SearchPhraseParseResult(phrase, SearchPhraseError.None, text.Length, _none);
    }

    // FTS5's syntax characters and keywords (https://sqlite.org/fts5.html#full_text_query_syntax) plus the
    // minus of web search engines before a word ("-x"); a hyphen inside a word ("COVID-19") or standing alone is a separator.
    private static List<string> FindOperators(string text)
    {
        var found = new List<(int Index, string Text)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '*' or ':' or '(' or ')' or '^' or '{' or '}'
                || (c == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                found.Add((i, c.ToString()));
            }
        }

        foreach (Match match in Keyword().Matches(text))
        {
            found.Add((match.Index, match.Value));
        }

        return found.OrderBy(f => f.Index).Select(f => f.Text).Distinct(StringComparer.Ordinal).ToList();
    }

    // Upper case only, as FTS5 reads them; "and", "or" are ordinary (English) words.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(AND|OR|NOT|NEAR)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
