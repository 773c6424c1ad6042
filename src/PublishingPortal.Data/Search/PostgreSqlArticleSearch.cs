using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> on PostgreSQL (issue 12, decision 009): <see cref="PostgreSqlSearchQuery.Match"/> matched
/// with <c>@@</c> against <c>ArticleSearchDocuments.SearchVector</c>, joined to the Articles table for readers'
/// visibility and the filters. Two queries: the rank window (the <see cref="ArticleSearchRequest.RankWindow"/>
/// matches with the highest ids: their count and lowest id), then the page of the matches from that id up, ranked in
/// SQL by <see cref="ScoredArticles"/>: tier (the
/// typed phrase <c>&lt;-&gt;</c> + <see cref="PostgreSqlSearchQuery.Near"/> + 2 × typed neighbour pairs held, as
/// <see cref="ScoredArticle.Tier"/> says; for
/// <see cref="SearchMatch.MostTerms"/> the number of terms held), exact spellings (queries with diacritics), then
/// <c>ts_rank_cd</c> with title 1.0, lead 0.4, body 0.1, then newest.
/// </summary>
public sealed class PostgreSqlArticleSearch : IArticleSearch
{
    // ts_rank_cd's weights are given for D, C, B, A; the store writes title A, lead B, body C, meta (byline, tags,
    // section) D, weighted as the lead (SQLite's SqliteSearchStore.Bm25Weights: meta 4 like the lead).
    private static readonly float[] Weights = [0.4f, 0.1f, 0.4f, 1f];

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
    public async Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var match = PostgreSqlSearchQuery.Match(phrase, request.Match);
        var candidates = SearchCandidates.For(_db, request, _clock.GetUtcNow());
        var documents = _db.Set<PostgreSqlSearchDocument>().AsNoTracking();

        // The rank window: visible matches newest first (both primary keys walked backwards for a common word, the
        // GIN index and a sort for a rare one), stopped after RankWindow + 1 rows; their count and lowest id.
        var window = await (from d in documents
                            where d.SearchVector.Matches(match)
                            join a in candidates on d.ArticleId equals a.Id
                            orderby a.Id descending
                            select a.Id)
            .Take(ArticleSearchRequest.RankWindow + 1)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Lowest = g.Min() })
            .FirstOrDefaultAsync(cancellationToken);
        if (window is null)
        {
            return new ArticleSearchResults(0, []);
        }

        // Above the window the lowest id read is the (RankWindow + 1)th match: the window starts just above it.
        var moreThanWindow = window.Count > ArticleSearchRequest.RankWindow;
        var bound = moreThanWindow ? window.Lowest + 1 : window.Lowest;
        var ranked = PostgreSqlSearchQuery.Ranked(phrase, request.Match);
        var exact = PostgreSqlSearchQuery.Exact(phrase, request.Match);
        var weights = Weights;
        Expression<Func<PostgreSqlSearchDocument, Article, ScoredArticle>> scored = phrase.HasDiacritics
            ? (d, a) => new ScoredArticle
            {
                Article = a,
                Tier = TierMarker(d.SearchVector),
                Score = d.SearchVector.RankCoverDensity(weights, ranked),
                Exact = d.ExactVector.Matches(exact),
            }
            : (d, a) => new ScoredArticle
            {
                Article = a,
                Tier = TierMarker(d.SearchVector),
                Score = d.SearchVector.RankCoverDensity(weights, ranked),
                Exact = false,
            };
        var select = (Expression<Func<PostgreSqlSearchDocument, Article, ScoredArticle>>)new TierSplicer(Tier(phrase, request.Match)).Visit(scored);

        // The bound on both tables: PostgreSQL carries equalities across a join, not ranges, and each primary key
        // then reads only the window's id range.
        var found = documents
            .Where(d => d.ArticleId >= bound && d.SearchVector.Matches(match))
            .Join(candidates.Where(a => a.Id >= bound), d => d.ArticleId, a => a.Id, select);
        var total = Math.Min(window.Count, ArticleSearchRequest.RankWindow);
        return await ScoredArticles.PageAsync(found, request, total, moreThanWindow, cancellationToken);
    }

    // The tier as SQL over the folded vector. AllTerms: a query of one term is its own phrase (2, nothing evaluated);
    // otherwise the sum described in decision 003 (phrase, near, neighbour pairs). MostTerms: the number of terms the
    // article holds, one @@ per term.
    private static Expression<Func<NpgsqlTsVector, int>> Tier(SearchPhrase phrase, SearchMatch match)
    {
        var vector = Expression.Parameter(typeof(NpgsqlTsVector), "v");
        Expression body;
        if (match == SearchMatch.MostTerms)
        {
            body = PostgreSqlSearchQuery.Terms(phrase)
                .Select(t => (Expression)Expression.Condition(Matches(vector, t), Expression.Constant(1), Expression.Constant(0)))
                .Aggregate(Expression.Add);
        }
        else if (phrase.Terms.Count == 1 && phrase.Terms[0].FoldedTokens.Count == phrase.FoldedTokens.Count)
        {
            body = Expression.Constant(2);
        }
        else
        {
            // Whole phrase + near + 2 × typed neighbour pairs held as phrases, as on SQLite (decision 003); two tokens:
            // the one pair is the whole phrase (3 × phrase + near).
            var near = PostgreSqlSearchQuery.Near(phrase.FoldedTokens)!;
            body = Expression.Add(
                Indicator(vector, PostgreSqlSearchStore.Phrase(phrase.FoldedTokens), phrase.AdjacentPairs.Count == 0 ? 3 : 1),
                Indicator(vector, near, 1));
            foreach (var pair in phrase.AdjacentPairs)
            {
                body = Expression.Add(body, Indicator(vector, PostgreSqlSearchStore.Phrase(pair), 2));
            }
        }

        return Expression.Lambda<Func<NpgsqlTsVector, int>>(body, vector);
    }

    // CASE WHEN vector @@ query THEN weight ELSE 0 END.
    private static ConditionalExpression Indicator(Expression vector, NpgsqlTsQuery query, int weight) =>
        Expression.Condition(Matches(vector, query), Expression.Constant(weight), Expression.Constant(0));

    // vector @@ query, with the query read from a closure object's member, as the C# compiler writes a captured local:
    // EF Core sends it as a parameter, never inlined as SQL text.
    private static MethodCallExpression Matches(Expression vector, NpgsqlTsQuery query) =>
        Expression.Call(
            typeof(NpgsqlFullTextSearchLinqExtensions),
            nameof(NpgsqlFullTextSearchLinqExtensions.Matches),
            null,
            vector,
            Expression.Property(Expression.Constant(new Captured(query)), nameof(Captured.Query)));

    // Stands in the selector for the tier expression that TierSplicer puts in its place; never called.
    private static int TierMarker(NpgsqlTsVector vector) =>
        throw new InvalidOperationException("Replaced by the tier expression before the query runs.");

    private sealed record Captured(NpgsqlTsQuery Query);

    private sealed class TierSplicer(Expression<Func<NpgsqlTsVector, int>> tier) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(TierMarker) && node.Method.DeclaringType == typeof(PostgreSqlArticleSearch)
                ? new ParameterReplacer(tier.Parameters[0], Visit(node.Arguments[0])).Visit(tier.Body)
                : base.VisitMethodCall(node);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
