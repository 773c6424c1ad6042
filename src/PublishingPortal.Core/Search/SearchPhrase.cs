using System.Text;

namespace PublishingPortal.Core.Search;

/// <summary>
/// A reader's query made safe to search (issue 12, decision 003): words to find in any order (<see cref="Terms"/>),
/// quoted phrases whose words must be consecutive, and words or phrases prefixed with <c>-</c> to leave out
/// (<see cref="Excluded"/>). Nothing else a reader types is syntax: search-engine operators (AND, OR, NOT, NEAR),
/// <c>*</c>, <c>:</c>, parentheses, <c>^</c>, braces and every other punctuation are text, and punctuation separates
/// words, so a query is never refused for its characters. Index implementations build their own query text
/// from the tokens (see <see cref="Fts5Query"/>), so reader input never reaches a query language.
/// </summary>
/// <remarks>
/// Rules: a <c>"</c> opens a phrase that the next <c>"</c> closes; an unbalanced <c>"</c> is a separator and the
/// words after it are plain words (a forgotten closing quote still finds the words, and the phrase still ranks
/// first by tier). A <c>-</c> at the start of the query or after white space, directly followed by a letter,
/// digit or <c>"</c>, excludes that word (up to the next white space; "-COVID-19" excludes the phrase "covid 19")
/// or quoted phrase; any other hyphen ("COVID-19", "Hà Nội - Hải Phòng", a lone "-") separates words.
/// </remarks>
public sealed class SearchPhrase
{
    /// <summary>Longest query accepted, in UTF-16 characters of the trimmed NFC text (issue 5: "over 200 characters").</summary>
    public const int MaxLength = 200;

    private SearchPhrase(string text, IReadOnlyList<SearchTerm> terms, IReadOnlyList<SearchTerm> excluded, string positiveText)
    {
        Text = text;
        Terms = terms;
        Excluded = excluded;
        FoldedTokens = SearchText.FoldedTokens(positiveText);
        ExactTokens = SearchText.ExactTokens(positiveText);
        HasDiacritics = SearchText.HasDiacritics(positiveText);
        AdjacentPairs = FoldedTokens.Count < 3
            ? []
            : FoldedTokens.Zip(FoldedTokens.Skip(1), (a, b) => (IReadOnlyList<string>)[a, b])
                .DistinctBy(pair => pair[0] + " " + pair[1], StringComparer.Ordinal)
                .Take(MaxAdjacentPairs)
                .ToList();
    }

    /// <summary>The query as typed, trimmed and in NFC.</summary>
    public string Text { get; }

    /// <summary>
    /// What must match, at least one, in typed order, each distinct (by folded tokens) once: a plain word is a
    /// one-token term, a quoted phrase one term of consecutive tokens (<see cref="SearchTerm.IsQuoted"/>).
    /// </summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Words or phrases prefixed with <c>-</c>: an article holding any of them is left out. May be empty.</summary>
    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>
    /// Every positive folded token in typed order, repeats kept, at least one, e.g. [dong, chi, dien]: the phrase of the ranking
    /// tiers, the words highlighted, the words suggestions complete.
    /// </summary>
    public IReadOnlyList<string> FoldedTokens { get; }

    /// <summary>
    /// The typed neighbours of a query of three or more tokens, e.g. [[hoi, nghi], [nghi, dong], [dong, dien]], at most
    /// <see cref="MaxAdjacentPairs"/>, each once; empty for shorter queries (their one pair is the whole phrase). The
    /// ranking tier counts how many of them an article holds as phrases (decision 003): "hoi nghi dong dien" ranks an
    /// article holding "Hội nghị" and "Đông Điền" above one holding the four syllables apart.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> AdjacentPairs { get; }

    /// <summary>Most neighbour pairs counted by the ranking tier (each costs one bounded index lookup per query).</summary>
    public const int MaxAdjacentPairs = 7;

    /// <summary>Every positive exact token in typed order, e.g. [đông2, chi1, điên2]; used for ranking only when <see cref="HasDiacritics"/>.</summary>
    public IReadOnlyList<string> ExactTokens { get; }

    /// <summary>
    /// Whether the reader typed any diacritic in the positive terms; only then do exact spellings rank first, since a
    /// query typed without marks says nothing about which spelling was meant.
    /// </summary>
    public bool HasDiacritics { get; }

    /// <summary>Parses and checks a reader's query; never throws.</summary>
    /// <param name="input">The raw query string value; null when absent.</param>
    /// <returns>The phrase, or the first problem found: empty, then too long, then no words, then only exclusions.</returns>
    public static SearchPhraseParseResult Parse(string? input)
    {
        var text = SearchText.Normalize(input ?? "").Trim();
        if (text.Length == 0)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.Empty, 0);
        }

        if (text.Length > MaxLength)
        {
            return new SearchPhraseParseResult(null, SearchPhraseError.TooLong, text.Length);
        }

        var terms = new List<SearchTerm>();
        var excluded = new List<SearchTerm>();
        var positiveText = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var exclude = text[i] == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length
                && (text[i + 1] == '"' || StartsToken(text, i + 1));
            var start = exclude ? i + 1 : i;
            if (text[start] == '"')
            {
                var close = text.IndexOf('"', start + 1);
                if (close < 0)
                {
                    // Unbalanced: the quote (and a "-" before it) is a separator; what follows is plain words.
                    i = start + 1;
                    continue;
                }

                AddTerm(text[(start + 1)..close], quoted: true, exclude);
                i = close + 1;
                continue;
            }

            // A word runs to the next white space or quote; its punctuation separates tokens.
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            AddTerm(text[start..end], quoted: false, exclude);
            i = Math.Max(end, start + 1);
        }

        if (terms.Count == 0)
        {
            var error = excluded.Count > 0 ? SearchPhraseError.OnlyExclusions : SearchPhraseError.NoWords;
            return new SearchPhraseParseResult(null, error, text.Length);
        }

        var phrase = new SearchPhrase(text, terms, excluded, positiveText.ToString());
        return new SearchPhraseParseResult(phrase, SearchPhraseError.None, text.Length);

        void AddTerm(string part, bool quoted, bool negative)
        {
            var folded = SearchText.FoldedTokens(part);
            if (folded.Count == 0)
            {
                return;
            }

            var exact = SearchText.ExactTokens(part);
            if (negative)
            {
                Add(excluded, new SearchTerm(folded, exact, quoted));
                return;
            }

            positiveText.Append(part).Append(' ');
            if (quoted || folded.Count != exact.Count)
            {
                // A quoted phrase, or (rarely) a word whose folded and exact tokens do not pair up: kept whole.
                Add(terms, new SearchTerm(folded, exact, quoted));
                return;
            }

            for (var t = 0; t < folded.Count; t++)
            {
                Add(terms, new SearchTerm([folded[t]], [exact[t]], false));
            }
        }
    }

    // The same words twice ask for nothing more; the first spelling is kept.
    private static void Add(List<SearchTerm> list, SearchTerm term)
    {
        if (!list.Exists(t => t.FoldedTokens.SequenceEqual(term.FoldedTokens, StringComparer.Ordinal)))
        {
            list.Add(term);
        }
    }

    private static bool StartsToken(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune) && SearchText.IsTokenCategory(Rune.GetUnicodeCategory(rune));
}
