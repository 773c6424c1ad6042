namespace PublishingPortal.Core.Search;

/// <summary>
/// Titles suggested as the reader types (issue 12): visible articles whose folded title holds the folded words as a
/// run, the last word as a prefix ("hoi ngh" → "Hội nghị tổng kết…"). Each database answers from its own search
/// index (SQLite FTS5 prefix query on the title column, PostgreSQL prefix lexemes of weight A, SQL Server's term table).
/// </summary>
public interface IArticleSuggestions
{
    /// <summary>Most recent first, at most <see cref="MaxCount"/> (fewer when fewer match).</summary>
    const int MaxCount = 8;

    /// <summary>Titles whose words start with <paramref name="foldedTokens"/> in order, the last one as a prefix.</summary>
    /// <param name="foldedTokens">One or more folded tokens (<see cref="SearchText.FoldedTokens"/>), none empty.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The newest matching articles readers may see (<see cref="Articles.ReaderVisibility"/>); among them, titles that start with the words first.</returns>
    /// <exception cref="ArgumentException">No tokens.</exception>
    Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(IReadOnlyList<string> foldedTokens, CancellationToken cancellationToken = default);
}
