using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> on SQLite FTS5 (<see cref="SqliteArticleSearchIndex"/>), decision 003. Every term
/// (or, for <see cref="SearchMatch.MostTerms"/>, any term) in any order, none of the excluded ones, in the folded
/// columns; joined to the Articles table for readers' visibility and the filters. Two queries, both in SQL:
/// <list type="number">
/// <item>the rank window: matches walked newest-first (FTS5 rowid order, descending) until
/// <see cref="ArticleSearchRequest.RankWindow"/> + 1 visible ones are found, giving their count and lowest id;</item>
/// <item>the page: the matches from that id up (the window), each with its tier (see <see cref="ScoredArticle.Tier"/>;
/// for MostTerms the number of terms held), its exact-spelling key (queries with
/// diacritics) and its bm25 (<see cref="SqliteSearchStore.Bm25Weights"/>), ordered by <see cref="ScoredArticles"/>.</item>
/// </list>
/// The tier and exact keys are FTS5 MATCH subqueries bounded to the window's rowids (<c>rowid &gt;= bound</c>,
/// which FTS5 applies while reading its doclists), each run once per query, not once per row.
/// </summary>
public sealed class SqliteArticleSearch : IArticleSearch
{
    // Most terms counted one by one for the MostTerms tier: each is one bounded FTS5 subquery; further terms
    // still match and weigh in bm25.
    private const int MaxCountedTerms = 8;

    // Flattened into the join, the ORDER BY rowid DESC LIMIT of the window is read straight off the FTS5 cursor
    // (rowid order, descending) and stops after RankWindow + 1 visible rows; Articles is probed by primary key.
    // (Rank, Tier and Exact are not read here; EF Core maps the row type whole.)
    private const string WindowSql = "SELECT rowid AS Id, +rowid AS JoinId, 0.0 AS Rank, 0 AS Tier, 0 AS Exact FROM ArticleSearch WHERE ArticleSearch MATCH {0}";

    // Bounded subquery of one MATCH expression ({n}) over the window ({1}).
    private const string InWindow = "rowid IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {n} AND rowid >= {1})";

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
        var candidates = SearchCandidates.For(_db, request, _clock.GetUtcNow());
        var match = Fts5Query.Terms(phrase, request.Match, SqliteSearchStore.FoldedColumns);

        var window = await (from h in _db.Database.SqlQueryRaw<FtsHit>(WindowSql, match)
                            join a in candidates on h.JoinId equals a.Id
                            orderby h.Id descending
                            select h.Id)
            .Take(ArticleSearchRequest.RankWindow + 1)
            .ToListAsync(cancellationToken);
        var moreThanWindow = window.Count > ArticleSearchRequest.RankWindow;
        if (moreThanWindow)
        {
            window.RemoveAt(window.Count - 1);
        }

        if (SearchCandidates.Skip(request, window.Count) is not { } skip)
        {
            return new ArticleSearchResults(window.Count, []) { MoreThanWindow = moreThanWindow };
        }

        // The window's ids go back as one JSON array parameter: the page query ranks exactly those articles, read
        // off FTS5 from the lowest of them up, and reads only their Articles rows (for the date tie-break).
        var (sql, parameters) = PageSql(phrase, request.Match, match, window[^1], JsonSerializer.Serialize(window), skip, request.PageSize);
        var page = await _db.Database.SqlQueryRaw<FtsHit>(sql, parameters).ToListAsync(cancellationToken);
        var hits = await ScoredArticles.HitsAsync(candidates, page.ConvertAll(h => (h.Id, h.Exact != 0)), cancellationToken);
        return new ArticleSearchResults(window.Count, hits) { MoreThanWindow = moreThanWindow };
    }

    /// <summary>
    /// The page query: the window's matches with their rank, tier and exact key, ordered by the shared keys
    /// (<see cref="ScoredArticles"/>: tier, exact, bm25, publication date, id), one page of them.
    /// </summary>
    /// <returns>SQL with {n} placeholders (never reader text) and their values: MATCH expressions, the bound, the ids.</returns>
    internal static (string Sql, object[] Parameters) PageSql(
        SearchPhrase phrase, SearchMatch match, string matchExpression, int bound, string windowIdsJson, int skip, int take)
    {
        var parameters = new List<object> { matchExpression, bound, windowIdsJson, take, skip };
        var sql = new StringBuilder("SELECT rowid AS Id, +rowid AS JoinId, bm25(ArticleSearch, ")
            .Append(SqliteSearchStore.Bm25Weights).Append(") AS Rank, ");
        if (match == SearchMatch.MostTerms)
        {
            // More terms held ranks first: one bounded membership test per term, summed.
            var counted = phrase.Terms.Take(MaxCountedTerms).ToList();
            for (var i = 0; i < counted.Count; i++)
            {
                sql.Append(i == 0 ? "" : " + ").Append('(').Append(InWindowOf(parameters, Fts5Query.Phrase(counted[i].FoldedTokens, SqliteSearchStore.FoldedColumns))).Append(')');
            }
        }
        else if (phrase.FoldedTokens.Count == 1)
        {
            // One token: every match is the whole phrase.
            sql.Append('2');
        }
        else
        {
            // Tier = whole phrase + NEAR + 2 × typed neighbour pairs held as phrases (decision 003): the whole phrase
            // (2n with n tokens) stays above every other article (at most 2n - 1), near above anywhere, and an article
            // holding more of the typed pairs ("Hội nghị" … "Đông Điền") above one holding the syllables apart.
            // Two tokens: the one pair is the whole phrase, counted once as phrase and twice as pair.
            sql.Append(phrase.AdjacentPairs.Count == 0 ? "3 * (" : "(")
                .Append(InWindowOf(parameters, Fts5Query.Phrase(phrase.FoldedTokens, SqliteSearchStore.FoldedColumns)))
                .Append(") + (").Append(InWindowOf(parameters, Fts5Query.Near(phrase.FoldedTokens.Distinct(StringComparer.Ordinal).ToList(), SqliteSearchStore.FoldedColumns)))
                .Append(')');
            foreach (var pair in phrase.AdjacentPairs)
            {
                sql.Append(" + 2 * (").Append(InWindowOf(parameters, Fts5Query.Phrase(pair, SqliteSearchStore.FoldedColumns))).Append(')');
            }
        }

        sql.Append(" AS Tier, ");
        var exactTerms = phrase.Terms.Where(t => t.ExactTokens.Count > 0).Select(t => t.ExactTokens).ToList();
        if (phrase.HasDiacritics && exactTerms.Count > 0)
        {
            sql.Append(InWindowOf(parameters, Fts5Query.AllOf(exactTerms, SqliteSearchStore.ExactColumns)));
        }
        else
        {
            sql.Append('0');
        }

        // LIMIT -1 keeps SQLite from flattening this subquery into the join: the bounded MATCH then drives (about
        // RankWindow rows) and Articles is probed by primary key, instead of a scan of visible articles that re-runs
        // the MATCH for each one.
        sql.Append(" AS Exact FROM ArticleSearch WHERE ArticleSearch MATCH {0} AND rowid >= {1} LIMIT -1");

        // The window's ids filter the materialised rows (JoinId, never offered to FTS5: as a rowid IN constraint FTS5
        // would re-run the MATCH, bm25 included, once per id). CROSS JOIN keeps the materialised FTS5 rows as the outer loop (SQLite never reorders it), Articles probed by
        // primary key; the date tie-break is the only thing read from Articles.
        var page = "SELECT p.Id, p.JoinId, p.Rank, p.Tier, p.Exact FROM (" + sql + ") AS p CROSS JOIN Articles AS a ON a.Id = p.JoinId "
            + "WHERE p.JoinId IN (SELECT value FROM json_each({2})) ORDER BY p.Tier DESC, p.Exact DESC, p.Rank ASC, a.PublishedAt DESC, a.Id DESC LIMIT {3} OFFSET {4}";
        return (page, parameters.ToArray());
    }

    private static string InWindowOf(List<object> parameters, string expression)
    {
        parameters.Add(expression);
        return InWindow.Replace("{n}", "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal);
    }
}
