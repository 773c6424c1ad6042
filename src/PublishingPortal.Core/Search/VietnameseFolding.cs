using System.Globalization;
using System.Text;

namespace PublishingPortal.Core.Search;

/// <summary>
/// Folds Vietnamese text to plain ASCII letters for slugs and diacritic-insensitive matching:
/// tone marks and vowel marks are dropped (Unicode canonical decomposition, then every
/// non-spacing mark removed), and đ/Đ, which Unicode does not decompose, become d/D.
/// NFC and NFD input fold alike; so do the old and new tone placements ("hòa" and "hoà").
/// </summary>
public static class VietnameseFolding
{
    /// <summary>
    /// Removes diacritics, keeping case and every other character.
    /// </summary>
    /// <param name="text">Any text, in any normalisation form.</param>
    /// <returns>The text with Vietnamese letters folded, e.g. "Đông Điền" → "Dong Dien".</returns>
    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Removes diacritics and lower-cases (invariant culture), the key used for matching.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>e.g. "Hội nghị ĐÔNG ĐIỀN" → "hoi nghi dong dien".</returns>
    public static string Fold(string text) => RemoveDiacritics(text).ToLowerInvariant();
}
