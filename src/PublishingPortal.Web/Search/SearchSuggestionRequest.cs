using Microsoft.Extensions.Primitives;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Web.Search;

/// <summary>
/// Reads the words of a suggestion request (<c>/tim-kiem/goi-y?q=…</c>). Anything that cannot make a useful suggestion
/// gives no words, and the endpoint answers an empty list: no <c>q</c> or several, more than <see cref="MaxLength"/>
/// characters, fewer than <see cref="MinLetters"/> letters or digits (one letter as a prefix would walk half the index).
/// The text is repaired and folded as the search page does (<see cref="SearchText"/>), so no input reaches query syntax.
/// </summary>
public static class SearchSuggestionRequest
{
    /// <summary>Longest query suggested for, in UTF-16 characters after trimming (a title is typed, not pasted).</summary>
    public const int MaxLength = 100;

    /// <summary>Fewest letters and digits, over all words, before anything is suggested.</summary>
    public const int MinLetters = 2;

    /// <summary>The folded words to suggest for.</summary>
    /// <param name="values">The <c>q</c> values of the query string.</param>
    /// <returns>e.g. "Hội ngh" → [hoi, ngh]; empty when nothing should be suggested.</returns>
    public static IReadOnlyList<string> Tokens(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { } text)
        {
            return [];
        }

        text = text.Trim();
        if (text.Length > MaxLength)
        {
            return [];
        }

        var tokens = SearchText.FoldedTokens(text);
        return tokens.Sum(t => t.Length) < MinLetters ? [] : tokens;
    }
}
