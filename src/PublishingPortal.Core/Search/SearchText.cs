using System.Globalization;
using System.Text;

namespace PublishingPortal.Core.Search;

/// <summary>
/// The two keys search compares text by, shared by every index implementation and by the highlighter:
/// <list type="bullet">
/// <item><b>folded</b> tokens (<see cref="FoldedTokens"/>): case, diacritics and đ/Đ folded, so "Đồng chí Điền",
/// "dong chi dien" and the NFD spelling all give <c>dong chi dien</c>;</item>
/// <item><b>exact</b> tokens (<see cref="ExactTokens"/>): lower-case with every mark kept, but the tone mark taken
/// off its vowel and written as a digit after the syllable (sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5, the VNI
/// numbering), so the old and new tone placements ("hòa"/"hoà", "thủy"/"thuỷ") give the same key
/// (<c>hoa2</c>, <c>thuy3</c>) while "mà", "má" and "ma" stay apart (<c>ma2</c>, <c>ma1</c>, <c>ma</c>).</item>
/// </list>
/// A token is a maximal run of letters (Unicode L*), numbers (N*) and private-use characters (Co), the token
/// characters of SQLite FTS5's <c>unicode61</c> tokenizer; everything else separates tokens.
/// </summary>
public static class SearchText
{
    private static readonly string[] _emptyTokens = [];

    /// <summary>
    /// Makes text safe to normalise and compare: lone surrogates become U+FFFD and Unicode noncharacters (U+FDD0–U+FDEF
    /// and the last two code points of every plane, such as U+FFFE, which arrive with text from badly converted files)
    /// become a space, since <see cref="string.Normalize()"/> refuses both; then the text is composed to NFC.
    /// </summary>
    /// <param name="text">Any text, possibly malformed UTF-16.</param>
    /// <returns>Well-formed NFC text of the same meaning.</returns>
    public static string Normalize(string text)
    {
        if (NeedsRepair(text))
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                builder.Append(IsNoncharacter(rune.Value) ? " " : rune.ToString());
            }

            text = builder.ToString();
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded tokens of <paramref name="text"/> (see the type's summary).</summary>
    /// <param name="text">Any text, NFC or NFD.</param>
    /// <returns>e.g. "Vấn đề: Đồng chí Điền" → [van, de, dong, chi, dien]; empty when the text has no letter or digit.</returns>
    public static IReadOnlyList<string> FoldedTokens(string text) =>
        FoldedText.Create(Normalize(text)).TokenTexts();

    /// <summary>Exact tokens of <paramref name="text"/> (see the type's summary).</summary>
    /// <param name="text">Any text, NFC or NFD.</param>
    /// <returns>e.g. "Hòa bình ĐIỀN" → [hoa2, binh2, điên2].</returns>
    public static IReadOnlyList<string> ExactTokens(string text)
    {
        var decomposed = Normalize(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        if (decomposed.Length == 0)
        {
            return _emptyTokens;
        }

        var tokens = new List<string>();
        var token = new StringBuilder();
        var tone = '\0';
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsTokenCategory(category) || (IsMark(category) && token.Length > 0))
            {
                var digit = ToneDigit(rune.Value);
                if (digit != '\0')
                {
                    tone = digit;
                }
                else
                {
                    token.Append(rune.ToString());
                }

                continue;
            }

            Flush();
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (token.Length > 0)
            {
                var key = token.ToString().Normalize(NormalizationForm.FormC);
                tokens.Add(tone == '\0' ? key : key + tone);
            }

            token.Clear();
            tone = '\0';
        }
    }

    /// <summary>The folded tokens joined by single spaces: the text an index stores for matching.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>e.g. "Đồng chí Điền!" → "dong chi dien".</returns>
    public static string FoldedKey(string text) => string.Join(' ', FoldedTokens(text));

    /// <summary>The exact tokens joined by single spaces: the text an index stores for ranking exact spellings first.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>e.g. "Thuỷ lợi" → "thuy3 lơi5".</returns>
    public static string ExactKey(string text) => string.Join(' ', ExactTokens(text));

    /// <summary>Whether the text carries any Vietnamese diacritic or đ/Đ (anything folding removes).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>True for "mà", "Đà"; false for "ma", "Da Nang".</returns>
    public static bool HasDiacritics(string text)
    {
        var normal = Normalize(text);
        return !string.Equals(VietnameseFolding.Fold(normal), normal.ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Counts the non-overlapping places where <paramref name="phrase"/> occurs as consecutive tokens of <paramref name="tokens"/>.
    /// </summary>
    /// <param name="tokens">Tokens of a text (folded or exact).</param>
    /// <param name="phrase">Tokens of the query, same kind; empty matches nothing.</param>
    /// <returns>0 or more.</returns>
    public static int CountPhrase(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i + phrase.Count <= tokens.Count;)
        {
            if (StartsAt(tokens, i, phrase))
            {
                count++;
                i += phrase.Count;
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Whether a character class is part of tokens: letters, numbers, private use.</summary>
    /// <param name="category">Unicode general category.</param>
    /// <returns>True for L*, N* and Co.</returns>
    internal static bool IsTokenCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    internal static bool StartsAt(IReadOnlyList<string> tokens, int index, IReadOnlyList<string> phrase)
    {
        for (var j = 0; j < phrase.Count; j++)
        {
            if (!string.Equals(tokens[index + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // The five Vietnamese tone marks as combining characters after canonical decomposition.
    private static char ToneDigit(int codePoint) => codePoint switch
    {
        0x0301 => '1', // sắc
        0x0300 => '2', // huyền
        0x0309 => '3', // hỏi
        0x0303 => '4', // ngã
        0x0323 => '5', // nặng
        _ => '\0',
    };

    // Unicode 16 §23.7: U+FDD0..U+FDEF and U+nFFFE, U+nFFFF in every plane.
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    // A lone surrogate or a noncharacter; a pair is checked as its code point.
    private static bool NeedsRepair(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsSurrogate(text[i]) || IsNoncharacter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
