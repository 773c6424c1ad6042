using System.Globalization;

namespace PublishingPortal.Core.Search;

/// <summary>
/// Finds a query's words in a text and cuts the text into marked and unmarked segments, in the
/// original spelling: matching is on folded tokens (<see cref="FoldedText"/>), the segments are the
/// original characters, NFD combining marks included.
/// </summary>
public static class MatchHighlighter
{
    /// <summary>The ellipsis put where an excerpt cuts the text.</summary>
    public const string Ellipsis = "…";

    /// <summary>The whole text with every word of the query marked, wherever it stands (see <see cref="Matches"/>).</summary>
    /// <param name="text">Text to show (as stored).</param>
    /// <param name="phrase">Folded tokens of the query (<see cref="SearchPhrase.FoldedTokens"/>).</param>
    /// <returns>Segments covering the whole text in order; one unmarked segment when nothing matches.</returns>
    public static IReadOnlyList<HighlightSegment> Highlight(string text, IReadOnlyList<string> phrase)
    {
        return Cut(text, Matches(text, phrase), 0, text.Length);
    }

    /// <summary>
    /// A window of about <paramref name="maxLength"/> characters around the first match, cut at spaces,
    /// with an ellipsis where text was left out.
    /// </summary>
    /// <param name="text">Text to excerpt (as stored).</param>
    /// <param name="phrase">Folded tokens of the query.</param>
    /// <param name="maxLength">Window size in characters, at least 20; a longer match is shown whole.</param>
    /// <returns>The segments, or null when no word of the query occurs in the text.</returns>
    public static IReadOnlyList<HighlightSegment>? Excerpt(string text, IReadOnlyList<string> phrase, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        var matches = Matches(text, phrase);
        if (matches.Count == 0)
        {
            return null;
        }

        if (text.Length <= maxLength)
        {
            return Cut(text, matches, 0, text.Length);
        }

        var (matchStart, matchLength) = matches[0];
        var start = Math.Max(0, Math.Min(matchStart - (maxLength / 3), text.Length - maxLength));
        var end = Math.Max(Math.Min(text.Length, start + maxLength), matchStart + matchLength);
        if (start > 0)
        {
            // Start after a space, unless that would lose the match.
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < matchStart ? space + 1 : start;
        }

        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > matchStart + matchLength ? space : end;
        }

        // Never split a grapheme cluster (an emoji ZWJ sequence, a letter and its combining marks, a flag).
        start = ClusterStart(text, start);
        end = ClusterEnd(text, end);
        var segments = new List<HighlightSegment>();
        if (start > 0)
        {
            segments.Add(new HighlightSegment(Ellipsis, false));
        }

        segments.AddRange(Cut(text, matches, start, end));
        if (end < text.Length)
        {
            segments.Add(new HighlightSegment(Ellipsis, false));
        }

        return segments;
    }

    /// <summary>The text cut to at most <paramref name="maxLength"/> characters at a space, with an ellipsis, unmarked.</summary>
    /// <param name="text">Text to shorten.</param>
    /// <param name="maxLength">Maximum characters kept, at least 20.</param>
    /// <returns>One or two segments.</returns>
    public static IReadOnlyList<HighlightSegment> Shorten(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        if (text.Length <= maxLength)
        {
            return [new HighlightSegment(text, false)];
        }

        var space = text.LastIndexOf(' ', maxLength);
        var end = space > maxLength / 2 ? space : ClusterStart(text, maxLength);
        if (end == 0)
        {
            // One cluster longer than the window (a combining flood): shown whole rather than split.
            end = ClusterEnd(text, maxLength);
        }

        return [new HighlightSegment(text[..end], false), new HighlightSegment(Ellipsis, false)];
    }

    /// <summary>
    /// Where any of the query's tokens occurs, in any order (issue 12: words match anywhere), as (start, length) ranges
    /// of the original text, in order, not overlapping. Neighbouring matched words separated only by white space
    /// make one range, so a phrase is marked as one run ("vấn đề"), not word by word.
    /// </summary>
    /// <param name="text">Text to search.</param>
    /// <param name="tokens">Folded tokens of the query (<see cref="SearchPhrase.FoldedTokens"/>); repeats and order do not matter.</param>
    /// <returns>The ranges; empty when there is no match or no token.</returns>
    public static IReadOnlyList<(int Start, int Length)> Matches(string text, IReadOnlyList<string> tokens)
    {
        var found = new List<(int Start, int Length)>();
        if (tokens.Count == 0 || text.Length == 0)
        {
            return found;
        }

        var wanted = new HashSet<string>(tokens, StringComparer.Ordinal);
        var folded = FoldedText.Create(text);
        var texts = folded.TokenTexts();
        for (var i = 0; i < texts.Count; i++)
        {
            if (!wanted.Contains(texts[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < texts.Count && wanted.Contains(texts[last + 1]) && OnlySpaceBetween(folded, last))
            {
                last++;
            }

            var first = folded.Tokens[i];
            var end = folded.Tokens[last];
            var (start, length) = folded.ToOriginal(first.Start, end.Start + end.Length - first.Start);

            // The mark covers whole clusters: a letter's combining marks (NFD text) stay inside it.
            var clusterStart = ClusterStart(text, start);
            found.Add((clusterStart, ClusterEnd(text, start + length) - clusterStart));
            i = last;
        }

        return found;
    }

    /// <summary>The grapheme-cluster boundary at or before <paramref name="index"/> (UAX #29, as .NET's <see cref="StringInfo"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A position, 0 to the text's length.</param>
    /// <returns>The boundary; 0 and the length are boundaries.</returns>
    public static int ClusterStart(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return Math.Clamp(index, 0, text.Length);
        }

        // A space begins a cluster, so walking from the last one before the index is enough (not from the start).
        var position = index > 1 ? text.LastIndexOf(' ', index - 1) : -1;
        position = position < 0 ? 0 : position;
        while (position < index)
        {
            var next = position + StringInfo.GetNextTextElementLength(text, position);
            if (next > index)
            {
                break;
            }

            position = next;
        }

        return position;
    }

    /// <summary>The grapheme-cluster boundary at or after <paramref name="index"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A position, 0 to the text's length.</param>
    /// <returns>The boundary.</returns>
    public static int ClusterEnd(string text, int index)
    {
        var start = ClusterStart(text, index);
        return start == index || start >= text.Length ? start : start + StringInfo.GetNextTextElementLength(text, start);
    }

    private static bool OnlySpaceBetween(FoldedText folded, int token)
    {
        var gapStart = folded.Tokens[token].Start + folded.Tokens[token].Length;
        var gapEnd = folded.Tokens[token + 1].Start;
        for (var i = gapStart; i < gapEnd; i++)
        {
            if (!char.IsWhiteSpace(folded.Folded[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<HighlightSegment> Cut(string text, IReadOnlyList<(int Start, int Length)> matches, int from, int to)
    {
        var segments = new List<HighlightSegment>();
        var position = from;
        foreach (var (start, length) in matches)
        {
            var matchStart = Math.Max(start, from);
            var matchEnd = Math.Min(start + length, to);
            if (matchEnd <= matchStart)
            {
                continue;
            }

            if (matchStart > position)
            {
                segments.Add(new HighlightSegment(text[position..matchStart], false));
            }

            segments.Add(new HighlightSegment(text[matchStart..matchEnd], true));
            position = matchEnd;
        }

        if (position < to)
        {
            segments.Add(new HighlightSegment(text[position..to], false));
        }

        return segments;
    }
}
