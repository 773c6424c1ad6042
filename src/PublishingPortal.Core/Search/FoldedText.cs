using System.Globalization;
using System.Text;

namespace PublishingPortal.Core.Search;

/// <summary>
/// A text folded for matching (<see cref="VietnameseFolding.Fold"/>, applied one character at a time) together
/// with the map from every folded character back to the character of the original it came from, so a match
/// found in the folded text can be shown in the original spelling. A precomposed Vietnamese letter folds to
/// exactly one character ("Đ" → "d", "ề" → "e"); a combining mark (NFD input) folds to none and is kept with the
/// letter before it; anything that folds to several characters maps each of them to its one source.
/// </summary>
public sealed class FoldedText
{
    // Folds of the characters below U+2000 (Latin, Vietnamese, combining marks, Greek, Cyrillic), computed once each.
    private static readonly string?[] _cache = new string?[0x2000];

    private readonly List<(int Start, int Length)> _tokens = [];
    private readonly int[] _sourceStart;
    private readonly int[] _sourceEnd;

    private FoldedText(string original, string folded, int[] sourceStart, int[] sourceEnd)
    {
        Original = original;
        Folded = folded;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inToken = i < folded.Length && IsTokenChar(folded, i);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                _tokens.Add((start, i - start));
                start = -1;
            }

            if (inToken && char.IsHighSurrogate(folded[i]))
            {
                i++;
            }
        }
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text: lower-case, no diacritics, đ→d.</summary>
    public string Folded { get; }

    /// <summary>Tokens of <see cref="Folded"/> as (start, length) in folded characters, in order.</summary>
    public IReadOnlyList<(int Start, int Length)> Tokens => _tokens;

    /// <summary>Folds a text, keeping the map to the original.</summary>
    /// <param name="original">Any text; positions refer to it as given (normalise it first if it may be malformed).</param>
    /// <returns>The folded text.</returns>
    public static FoldedText Create(string original)
    {
        var folded = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var index = 0;
        while (index < original.Length)
        {
            var length = char.IsHighSurrogate(original[index]) && index + 1 < original.Length && char.IsLowSurrogate(original[index + 1]) ? 2 : 1;
            var piece = FoldOne(original, index, length);
            folded.Append(piece);
            for (var k = 0; k < piece.Length; k++)
            {
                starts.Add(index);
                ends.Add(index + length);
            }

            index += length;
        }

        return new FoldedText(original, folded.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>The folded tokens as strings.</summary>
    /// <returns>e.g. for "Vấn đề" → [van, de].</returns>
    public IReadOnlyList<string> TokenTexts() => _tokens.ConvertAll(t => Folded.Substring(t.Start, t.Length));

    /// <summary>
    /// Maps a range of <see cref="Folded"/> back to <see cref="Original"/>, widened to whole original characters
    /// and to the combining marks that follow them.
    /// </summary>
    /// <param name="start">First folded character, 0 ≤ start &lt; <see cref="Folded"/> length.</param>
    /// <param name="length">Folded characters, ≥ 1, within the text.</param>
    /// <returns>(start, length) in original characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside the folded text.</exception>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Folded.Length);
        var from = _sourceStart[start];
        var to = _sourceEnd[start + length - 1];

        // Characters that folded to nothing (combining marks of NFD text) belong to the letter before them.
        while (to < Original.Length && FoldsToNothing(to, out var size))
        {
            to += size;
        }

        return (from, to - from);
    }

    private bool FoldsToNothing(int index, out int size)
    {
        size = char.IsHighSurrogate(Original[index]) && index + 1 < Original.Length && char.IsLowSurrogate(Original[index + 1]) ? 2 : 1;
        return FoldOne(Original, index, size).Length == 0;
    }

    private static string FoldOne(string text, int index, int length)
    {
        var c = text[index];
        if (length == 1 && c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : c.ToString();
        }

        if (length == 1 && c < _cache.Length)
        {
            return _cache[c] ??= Fold(c.ToString());
        }

        return Fold(text.Substring(index, length));
    }

    // A lone surrogate cannot be normalised; it is kept as it is (it is not a token character).
    private static string Fold(string piece) =>
        piece.Length == 1 && char.IsSurrogate(piece[0]) ? piece : VietnameseFolding.Fold(piece);

    private static bool IsTokenChar(string text, int index) =>
        SearchText.IsTokenCategory(CharUnicodeInfo.GetUnicodeCategory(text, index));
}
