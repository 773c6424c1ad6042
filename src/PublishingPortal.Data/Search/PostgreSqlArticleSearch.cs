using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> on PostgreSQL: the phrase of folded tokens as a <c>tsquery</c> (<c>'van' &lt;-&gt; 'de'</c>)
/// matched with <c>@@</c> against <c>ArticleSearchDocuments.SearchVector</c> (GIN index), joined to the Articles table
/// for readers' visibility and the filters; ranked by exact-spelling match first (queries with diacritics only), then
/// <c>ts_rank</c> with title 1.0, lead 0.4, body 0.1 (SQLite's 10 : 4 : 1), then newest. Count and page in SQL.
/// </summary>
public sealed class PostgreSqlArticleSearch : IArticleSearch
{
    // ts_rank's weights are given for D, C, B, A; the store writes title A, lead B, body C.
    private static readonly float[] Weights = [0f, 0.1f, 0.4f, 1f];

    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the search.</summary>
    /// <param name="db">The context (PostgreSQL).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public PostgreSqlArticleSearch(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var folded = PostgreSqlSearchStore.Phrase(phrase.FoldedTokens);
        var exact = PostgreSqlSearchStore.Phrase(phrase.ExactTokens.Count > 0 ? phrase.ExactTokens : phrase.FoldedTokens);
        var hasDiacritics = phrase.HasDiacritics;
        var weights = Weights;
        var found = from d in _db.Set<PostgreSqlSearchDocument>().AsNoTracking()
                    where d.SearchVector.Matches(folded)
                    join a in SearchCandidates.For(_db, request, _clock.GetUtcNow()) on d.ArticleId equals a.Id
                    select new ScoredArticle
                    {
                        Article = a,
                        Score = d.SearchVector.Rank(weights, folded),
                        Exact = hasDiacritics && d.ExactVector.Matches(exact),
                        Tier = 0,
                    };
        return ScoredArticles.PageAsync(found, request, cancellationToken);
    }
}
