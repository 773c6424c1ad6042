using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSuggestions"/> on the term table (SQL Server): title rows whose term equals each word at consecutive
/// positions, the last one matched as a prefix (<c>LIKE 'ngh%'</c>, an index seek on <c>Term</c> when it is the first).
/// Plain LINQ, as <see cref="ArticleTermSearch"/>; not run against a real SQL Server (decision 009).
/// </summary>
public sealed class ArticleTermSuggestions : IArticleSuggestions
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the suggestions.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public ArticleTermSuggestions(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(IReadOnlyList<string> foldedTokens, CancellationToken cancellationToken = default)
    {
        SuggestionResults.Check(foldedTokens);
        var terms = _db.Set<ArticleSearchTerm>().AsNoTracking().Where(t => t.Field == SearchTerms.TitleField);
        var tokens = foldedTokens.Select(SearchTerms.Limit).ToList();
        var last = tokens.Count - 1;
        var first = tokens[0];
        var starts = last == 0 ? terms.Where(t => t.Term.StartsWith(first)) : terms.Where(t => t.Term == first);
        for (var i = 1; i <= last; i++)
        {
            var offset = i;
            var term = tokens[i];
            starts = i == last
                ? starts.Where(s => terms.Any(t => t.ArticleId == s.ArticleId && t.Position == s.Position + offset && t.Term.StartsWith(term)))
                : starts.Where(s => terms.Any(t => t.ArticleId == s.ArticleId && t.Position == s.Position + offset && t.Term == term));
        }

        return SuggestionResults.TakeAsync(_db, starts.Select(s => s.ArticleId), foldedTokens, _clock.GetUtcNow(), cancellationToken);
    }
}
