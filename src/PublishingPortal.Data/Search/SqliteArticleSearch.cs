using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> on SQLite FTS5 (<see cref="SqliteArticleSearchIndex"/>): the phrase of folded tokens
/// matched in title, lead and body; ranked by exact-spelling match first (queries with diacritics only), then
/// bm25 with title × 10, lead × 4, body × 1, then newest; joined to the Articles table for readers' visibility
/// and the filters. Two queries: the count and the page.
/// </summary>
public sealed class SqliteArticleSearch : IArticleSearch
{
    // LIMIT -1 (no limit) keeps SQLite from flattening the MATCH subquery into the join: it is then run once and
    // materialised. Flattened, the planner drove from the Articles index and re-ran the MATCH for every visible
    // article (15 s instead of tens of milliseconds for a common phrase over 10,000 articles).
    private const string MatchSql =
        "SELECT rowid AS Id, bm25(ArticleSearch, " + SqliteSearchStore.Bm25Weights + ") AS Rank, 0 AS Exact "
        + "FROM ArticleSearch WHERE ArticleSearch MATCH {0} LIMIT -1";

    private const string MatchWithExactSql =
        "SELECT rowid AS Id, bm25(ArticleSearch, " + SqliteSearchStore.Bm25Weights + ") AS Rank, "
        + "rowid IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {1}) AS Exact "
        + "FROM ArticleSearch WHERE ArticleSearch MATCH {0} LIMIT -1";

    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the search.</summary>
    /// <param name="db">The context (SQLite).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public SqliteArticleSearch(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var match = Fts5Query.Phrase(phrase.FoldedTokens, SqliteSearchStore.FoldedColumns);
        var hits = phrase.HasDiacritics
            ? _db.Database.SqlQueryRaw<FtsHit>(MatchWithExactSql, match, Fts5Query.Phrase(phrase.ExactTokens, SqliteSearchStore.ExactColumns))
            : _db.Database.SqlQueryRaw<FtsHit>(MatchSql, match);
        var found = from h in hits
                    join a in SearchCandidates.For(_db, request, _clock.GetUtcNow()) on h.Id equals a.Id
                    select new ScoredArticle
                    {
                        Article = a,

                        // FTS5's bm25 rank is lower-is-better; the shared page orders by score, higher first.
                        Score = -h.Rank,
                        Exact = h.Exact != 0,
                    };
        return await ScoredArticles.PageAsync(found, request, cancellationToken);
    }
}
