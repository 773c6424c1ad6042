using System.Text;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// Makes URL slugs: ASCII, lower-case, words joined by single hyphens, Vietnamese folded
/// (đ→d, Đ→d, every tone and vowel mark dropped), at most <see cref="Article.SlugMaxLength"/> characters.
/// </summary>
public static class Slugs
{
    /// <summary>The slug used when a title has no letter or digit at all.</summary>
    public const string Fallback = "bai-viet";

    /// <summary>
    /// Builds a slug from a title.
    /// </summary>
    /// <param name="title">Any text.</param>
    /// <param name="maxLength">Upper bound on the result's length; cut at a word boundary where possible.</param>
    /// <returns>e.g. "Hội nghị đánh giá 2 năm" → "hoi-nghi-danh-gia-2-nam"; <see cref="Fallback"/> when nothing is left.</returns>
    public static string FromTitle(string title, int maxLength = Article.SlugMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        var folded = VietnameseFolding.Fold(title);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// Returns <paramref name="baseSlug"/>, or the first of <c>baseSlug-2</c>, <c>baseSlug-3</c>, … that
    /// <paramref name="isTaken"/> reports free.
    /// </summary>
    /// <param name="baseSlug">A slug from <see cref="FromTitle"/>.</param>
    /// <param name="isTaken">Asks the store whether a candidate is used by another article or redirect.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    /// <returns>A slug no other article uses.</returns>
    public static async Task<string> MakeUniqueAsync(
        string baseSlug, Func<string, CancellationToken, Task<bool>> isTaken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseSlug);
        if (!await isTaken(baseSlug, cancellationToken))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stem = baseSlug.Length + suffix.Length > Article.SlugMaxLength
                ? baseSlug[..(Article.SlugMaxLength - suffix.Length)].TrimEnd('-')
                : baseSlug;
            var candidate = stem + suffix;
            if (!await isTaken(candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}
