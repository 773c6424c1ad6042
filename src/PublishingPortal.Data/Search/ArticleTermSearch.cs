using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSearch"/> over the term table (<see cref="ArticleSearchTerm"/>; SQL Server, which has no full-text
/// on the machines we know), with the rules of decision 003 (issue 12) as far as a term table allows (decision 009).
/// Every term (or, for <see cref="SearchMatch.MostTerms"/>, any term) in any order, none of the excluded ones: each
/// term is one <c>EXISTS</c> over the rows of the article with that folded <c>Term</c> (a seek on the
/// (Term, ArticleId, …) index); a term of several tokens also asks, by <c>EXISTS</c>, for each next token at the next
/// position of the same field. Two queries, both in SQL (plain LINQ, any provider):
/// <list type="number">
/// <item>the rank window: the visible matches by descending id, stopped after
/// <see cref="ArticleSearchRequest.RankWindow"/> + 1, giving their count and lowest id;</item>
/// <item>the page: the matches from that id up, ranked by <see cref="ScoredArticles"/>: tier (AllTerms: 2 = every
/// positive token as the typed phrase in one field, 1 = each neighbouring pair of the first
/// <see cref="PostgreSqlSearchQuery.MaxNearTokens"/> typed tokens at most <see cref="PostgreSqlSearchQuery.NearDistance"/>
/// positions apart in one field, either order, 0 = anywhere; MostTerms: the number of terms held), exact spellings
/// (queries with diacritics: every term's exact tokens found), then the score: 10 per occurrence of a term in the
/// title, 4 in the lead, 4 in the meta text (byline, tags, section), 1 in the body; then newest.</item>
/// </list>
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
    public async Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var query = new TermQuery(_db.Set<ArticleSearchTerm>().AsNoTracking());
        var positive = phrase.Terms.Select(t => Limited(t.FoldedTokens)).ToList();
        var held = positive.ConvertAll(t => (Expression)query.Holds(t));
        var match = request.Match == SearchMatch.AllTerms ? held.Aggregate(Expression.AndAlso) : held.Aggregate(Expression.OrElse);
        foreach (var excluded in phrase.Excluded)
        {
            match = Expression.AndAlso(match, Expression.Not(query.Holds(Limited(excluded.FoldedTokens))));
        }

        var matches = Expression.Lambda<Func<Article, bool>>(match, query.Article);
        var candidates = SearchCandidates.For(_db, request, _clock.GetUtcNow());

        // The rank window: visible matches newest first, stopped after RankWindow + 1 rows; their count and lowest id.
        var window = await candidates
            .Where(matches)
            .OrderByDescending(a => a.Id)
            .Select(a => a.Id)
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
        var scored = Expression.Lambda<Func<Article, ScoredArticle>>(
            Expression.MemberInit(
                Expression.New(typeof(ScoredArticle)),
                Expression.Bind(typeof(ScoredArticle).GetProperty(nameof(ScoredArticle.Article))!, query.Article),
                Expression.Bind(typeof(ScoredArticle).GetProperty(nameof(ScoredArticle.Tier))!, Tier(query, phrase, request.Match, held)),
                Expression.Bind(typeof(ScoredArticle).GetProperty(nameof(ScoredArticle.Score))!, query.Score(positive)),
                Expression.Bind(typeof(ScoredArticle).GetProperty(nameof(ScoredArticle.Exact))!, Exact(query, phrase))),
            query.Article);
        var found = candidates.Where(a => a.Id >= bound).Where(matches).Select(scored);
        var total = Math.Min(window.Count, ArticleSearchRequest.RankWindow);
        return await ScoredArticles.PageAsync(found, request, total, moreThanWindow, cancellationToken);
    }

    // AllTerms: a query of one term is its own phrase (2, nothing evaluated); otherwise CASE phrase THEN 2, near THEN 1
    // ELSE 0 (CASE stops at the first true branch, so rows with the phrase never evaluate the near pairs). MostTerms:
    // the number of terms held, one EXISTS per term.
    private static Expression Tier(TermQuery query, SearchPhrase phrase, SearchMatch match, List<Expression> held)
    {
        if (match == SearchMatch.MostTerms)
        {
            return held
                .Select(h => (Expression)Expression.Condition(h, Expression.Constant(1), Expression.Constant(0)))
                .Aggregate(Expression.Add);
        }

        var tokens = Limited(phrase.FoldedTokens);
        if (phrase.Terms.Count == 1 && phrase.Terms[0].FoldedTokens.Count == tokens.Count)
        {
            return Expression.Constant(2);
        }

        return Expression.Condition(
            query.Holds(tokens),
            Expression.Constant(2),
            Expression.Condition(query.Near(tokens), Expression.Constant(1), Expression.Constant(0)));
    }

    // SQLite's rule (Fts5Query.AllOf on the exact columns): every term's exact tokens found, each term as a phrase;
    // only for queries with diacritics, otherwise the constant false.
    private static Expression Exact(TermQuery query, SearchPhrase phrase)
    {
        var terms = phrase.Terms.Where(t => t.ExactTokens.Count > 0).ToList();
        if (!phrase.HasDiacritics || terms.Count == 0)
        {
            return Expression.Constant(false);
        }

        return terms
            .Select(t => (Expression)query.HoldsExactly(Limited(t.FoldedTokens), Limited(t.ExactTokens)))
            .Aggregate(Expression.AndAlso);
    }

    private static List<string> Limited(IReadOnlyList<string> tokens) => tokens.Select(SearchTerms.Limit).ToList();

    /// <summary>
    /// Builds the predicates and the score over one article (<see cref="Article"/>), as expression trees whose
    /// subqueries EF Core translates to <c>EXISTS</c> and correlated <c>SUM</c>; tokens are captured values, so they
    /// reach SQL as parameters.
    /// </summary>
    private sealed class TermQuery(IQueryable<ArticleSearchTerm> terms)
    {
        public ParameterExpression Article { get; } = Expression.Parameter(typeof(Article), "a");

        /// <summary>Whether the article holds the tokens at consecutive positions of one field (one token: anywhere).</summary>
        public MethodCallExpression Holds(List<string> tokens) => Any(Starts(tokens, exact: null));

        /// <summary>
        /// Whether the article holds the exact tokens as a phrase; the folded tokens (when they pair up with the exact
        /// ones) keep the lookup a seek on the Term index.
        /// </summary>
        public MethodCallExpression HoldsExactly(List<string> folded, List<string> exact) => Any(Starts(folded, exact));

        /// <summary>Each neighbouring pair of the first tokens within the near distance of each other in one field, either order.</summary>
        public Expression Near(List<string> tokens)
        {
            var count = Math.Min(tokens.Count, PostgreSqlSearchQuery.MaxNearTokens);
            const int distance = PostgreSqlSearchQuery.NearDistance;
            Expression near = Expression.Constant(true);
            for (var i = 1; i < count; i++)
            {
                var left = tokens[i - 1];
                var right = tokens[i];
                Expression<Func<ArticleSearchTerm, bool>> pair = x => x.Term == left && terms.Any(y =>
                    y.ArticleId == x.ArticleId && y.Field == x.Field && y.Term == right
                    && y.Position >= x.Position - distance && y.Position <= x.Position + distance && y.Position != x.Position);
                near = i == 1 ? Any(pair) : Expression.AndAlso(near, Any(pair));
            }

            return near;
        }

        /// <summary>
        /// The score: per occurrence of a term (the start of a term of several tokens), 10 in the title, 4 in the lead,
        /// 4 in the meta text, 1 in the body.
        /// </summary>
        public UnaryExpression Score(List<List<string>> positive)
        {
            var single = positive.Where(t => t.Count == 1).Select(t => t[0]).Distinct(StringComparer.Ordinal).ToList();
            Expression<Func<ArticleSearchTerm, bool>> singles = x => single.Contains(x.Term);
            var occurrence = positive.Where(t => t.Count > 1).Select(t => Starts(t, exact: null))
                .Aggregate(single.Count > 0 ? singles : null, (all, next) => all is null ? next : Or(all, next))!;
            Expression<Func<ArticleSearchTerm, int>> weight = x => x.Field == SearchTerms.TitleField ? 10
                : x.Field == SearchTerms.LeadField || x.Field == SearchTerms.MetaField ? 4 : 1;
            var rows = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ArticleSearchTerm)], terms.Expression, Expression.Quote(OfArticle(occurrence)));
            var sum = Expression.Call(typeof(Queryable), nameof(Queryable.Sum), [typeof(ArticleSearchTerm)], rows, Expression.Quote(weight));
            return Expression.Convert(sum, typeof(double));
        }

        // x => x.Term == t0 [&& x.ExactTerm == e0] && EXISTS(the next token at the next position of the same field) …
        private Expression<Func<ArticleSearchTerm, bool>> Starts(List<string> tokens, List<string>? exact)
        {
            var paired = exact is null || exact.Count == tokens.Count;
            var length = paired ? tokens.Count : exact!.Count;
            Expression<Func<ArticleSearchTerm, bool>>? start = null;
            for (var i = 0; i < length; i++)
            {
                var offset = i;
                var term = paired ? tokens[i] : null;
                var exactTerm = exact?[i];
                Expression<Func<ArticleSearchTerm, bool>> here = (term, exactTerm) switch
                {
                    (not null, null) => x => x.Term == term,
                    (not null, not null) => x => x.Term == term && x.ExactTerm == exactTerm,
                    _ => x => x.ExactTerm == exactTerm,
                };
                Expression<Func<ArticleSearchTerm, bool>> next = (term, exactTerm) switch
                {
                    (not null, null) => x => terms.Any(y => y.ArticleId == x.ArticleId && y.Field == x.Field && y.Position == x.Position + offset && y.Term == term),
                    (not null, not null) => x => terms.Any(y => y.ArticleId == x.ArticleId && y.Field == x.Field && y.Position == x.Position + offset && y.Term == term && y.ExactTerm == exactTerm),
                    _ => x => terms.Any(y => y.ArticleId == x.ArticleId && y.Field == x.Field && y.Position == x.Position + offset && y.ExactTerm == exactTerm),
                };
                start = start is null ? here : And(start, next);
            }

            return start!;
        }

        // EXISTS (SELECT 1 FROM ArticleSearchTerms AS x WHERE x.ArticleId = a.Id AND where(x))
        private MethodCallExpression Any(Expression<Func<ArticleSearchTerm, bool>> where) =>
            Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ArticleSearchTerm)], terms.Expression, Expression.Quote(OfArticle(where)));

        private Expression<Func<ArticleSearchTerm, bool>> OfArticle(Expression<Func<ArticleSearchTerm, bool>> where)
        {
            var x = where.Parameters[0];
            var sameArticle = Expression.Equal(
                Expression.Property(x, nameof(ArticleSearchTerm.ArticleId)),
                Expression.Property(Article, nameof(Core.Articles.Article.Id)));
            return Expression.Lambda<Func<ArticleSearchTerm, bool>>(Expression.AndAlso(sameArticle, where.Body), x);
        }

        private static Expression<Func<ArticleSearchTerm, bool>> And(Expression<Func<ArticleSearchTerm, bool>> left, Expression<Func<ArticleSearchTerm, bool>> right) =>
            Expression.Lambda<Func<ArticleSearchTerm, bool>>(Expression.AndAlso(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

        private static Expression<Func<ArticleSearchTerm, bool>> Or(Expression<Func<ArticleSearchTerm, bool>> left, Expression<Func<ArticleSearchTerm, bool>> right) =>
            Expression.Lambda<Func<ArticleSearchTerm, bool>>(Expression.OrElse(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

        private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter) =>
            new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
