using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>What every database's <see cref="IArticleSuggestions"/> shares once its index has found the matching ids.</summary>
internal static class SuggestionResults
{
    /// <summary>
    /// The newest <see cref="IArticleSuggestions.MaxCount"/> articles among <paramref name="matches"/> that readers may see
    /// at <paramref name="now"/>; then those whose title starts with the words first (a stable reorder of at most 8 rows).
    /// </summary>
    public static async Task<IReadOnlyList<ArticleSuggestion>> TakeAsync(
        PortalDbContext db, IQueryable<int> matches, IReadOnlyList<string> foldedTokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(ReaderVisibility.At(now))
            .Where(a => matches.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(IArticleSuggestions.MaxCount)
            .Select(a => new ArticleSuggestion(a.Title, a.Slug))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => StartsWith(SearchText.FoldedTokens(r.Title), foldedTokens) ? 0 : 1)];
    }

    /// <summary>Checks that a suggestion request has tokens.</summary>
    public static void Check(IReadOnlyList<string> foldedTokens)
    {
        if (foldedTokens.Count == 0 || foldedTokens.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Suggestions need at least one token, none empty.", nameof(foldedTokens));
        }
    }

    private static bool StartsWith(IReadOnlyList<string> title, IReadOnlyList<string> words)
    {
        if (title.Count < words.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (title[i] != words[i])
            {
                return false;
            }
        }

        return title[words.Count - 1].StartsWith(words[^1], StringComparison.Ordinal);
    }
}
