using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> over the term table (<see cref="ArticleSearchTerm"/>; SQL Server, which has no full-text
/// on the machines we know): the phrase's first folded token found by an index seek on <c>Term</c>, each next token
/// checked by key lookup at the next position of the same field (<c>EXISTS</c>), so only matching rows are read;
/// scored 10 per occurrence in the title, 4 in the lead, 1 in the body; exact spelling first when the query has
/// diacritics, then score, then newest. Plain LINQ: count and page run in SQL on any provider.
/// </summary>
public sealed class ArticleTermSearch : IArticleSearch
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the search.</summary>
    /// <param name="db">The context (its model must map <see cref="ArticleSearchTerm"/>).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public ArticleTermSearch(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var terms = _db.Set<ArticleSearchTerm>().AsNoTracking();
        var folded = phrase.FoldedTokens.Select(SearchTerms.Limit).ToList();
        var first = folded[0];
        var starts = terms.Where(t => t.Term == first);
        for (var i = 1; i < folded.Count; i++)
        {
            var offset = i;
            var term = folded[i];
            starts = starts.Where(s => terms.Any(t => t.ArticleId == s.ArticleId && t.Field == s.Field && t.Position == s.Position + offset && t.Term == term));
        }

        var exactStarts = starts;
        var exact = phrase.ExactTokens.Select(SearchTerms.Limit).ToList();
        for (var i = 0; i < exact.Count; i++)
        {
            var offset = i;
            var term = exact[i];
            exactStarts = offset == 0
                ? exactStarts.Where(s => s.ExactTerm == term)
                : exactStarts.Where(s => terms.Any(t => t.ArticleId == s.ArticleId && t.Field == s.Field && t.Position == s.Position + offset && t.ExactTerm == term));
        }

        var hasDiacritics = phrase.HasDiacritics && exact.Count > 0;
        var matches = starts
            .GroupBy(s => s.ArticleId)
            .Select(g => new
            {
                ArticleId = g.Key,
                Score = g.Sum(s => s.Field == SearchTerms.TitleField ? 10 : s.Field == SearchTerms.LeadField ? 4 : 1),
            });
        var found = from m in matches
                    join a in SearchCandidates.For(_db, request, _clock.GetUtcNow()) on m.ArticleId equals a.Id
                    select new ScoredArticle
                    {
                        Article = a,

                        // Every member set: behind the rank window's LIMIT, EF Core cannot order by one left unset.
                        Tier = 0,
                        Score = m.Score,
                        Exact = hasDiacritics && exactStarts.Any(e => e.ArticleId == a.Id),
                    };
        return ScoredArticles.PageAsync(found, request, cancellationToken);
    }
}
