using NpgsqlTypes;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The <c>tsquery</c> values of a reader's query on PostgreSQL (issue 12), built as <see cref="NpgsqlTsQuery"/> objects
/// from <see cref="SearchPhrase"/>'s tokens and sent as parameters: reader text never becomes query syntax. A term is
/// the phrase of its folded tokens (<c>'van' &lt;-&gt; 'de'</c>, <see cref="PostgreSqlSearchStore.Phrase"/>).
/// </summary>
public static class PostgreSqlSearchQuery
{
    /// <summary>
    /// Largest distance, in positions, between two neighbouring query tokens for the "near" tier
    /// (<see cref="Near"/>): 11, i.e. at most 10 tokens between them, FTS5's NEAR distance
    /// (<see cref="Fts5Query.NearDistance"/>) measured between each pair of neighbours.
    /// </summary>
    public const int NearDistance = Fts5Query.NearDistance + 1;

    /// <summary>
    /// Most query tokens the "near" tier looks at (the first ones typed): the <c>tsquery</c> holds
    /// 2 × <see cref="NearDistance"/> phrase operators per pair of neighbours and is evaluated on every ranked row,
    /// so a pasted sentence does not make each row cost hundreds of operators.
    /// </summary>
    public const int MaxNearTokens = 6;

    /// <summary>What an article must hold: every term (or, for <see cref="SearchMatch.MostTerms"/>, any term), and none of the excluded terms.</summary>
    /// <param name="phrase">The parsed query.</param>
    /// <param name="match">All terms or any term.</param>
    /// <returns>e.g. <c>'dan' &amp; 'van' &lt;-&gt; 'de' &amp; !( 'x' )</c>; matched with <c>@@</c> (GIN index).</returns>
    public static NpgsqlTsQuery Match(SearchPhrase phrase, SearchMatch match)
    {
        var positive = Ranked(phrase, match);
        if (phrase.Excluded.Count == 0)
        {
            return positive;
        }

        return new NpgsqlTsQueryAnd(positive, new NpgsqlTsQueryNot(Any(phrase.Excluded.Select(t => PostgreSqlSearchStore.Phrase(t.FoldedTokens)))));
    }

    /// <summary>The positive terms, joined with <c>&amp;</c> (every term) or <c>|</c> (any term): what <c>ts_rank_cd</c> scores.</summary>
    /// <param name="phrase">The parsed query.</param>
    /// <param name="match">All terms or any term.</param>
    /// <returns>The query without exclusions.</returns>
    public static NpgsqlTsQuery Ranked(SearchPhrase phrase, SearchMatch match)
    {
        var terms = Terms(phrase);
        return match == SearchMatch.AllTerms ? All(terms) : Any(terms);
    }

    /// <summary>Each positive term as the phrase of its folded tokens, in typed order.</summary>
    /// <param name="phrase">The parsed query.</param>
    /// <returns>One query per term.</returns>
    public static IReadOnlyList<NpgsqlTsQuery> Terms(SearchPhrase phrase) =>
        phrase.Terms.Select(t => PostgreSqlSearchStore.Phrase(t.FoldedTokens)).ToList();

    /// <summary>
    /// The exact spellings (checked against <c>ExactVector</c>, queries with diacritics only): every term's exact
    /// tokens as a phrase, joined like <see cref="Ranked"/> (<c>&amp;</c> or <c>|</c>).
    /// </summary>
    /// <param name="phrase">The parsed query.</param>
    /// <param name="match">All terms or any term.</param>
    /// <returns>The query over exact tokens.</returns>
    public static NpgsqlTsQuery Exact(SearchPhrase phrase, SearchMatch match)
    {
        var terms = phrase.Terms.Select(t => PostgreSqlSearchStore.Phrase(t.ExactTokens.Count > 0 ? t.ExactTokens : t.FoldedTokens));
        return match == SearchMatch.AllTerms ? All(terms) : Any(terms);
    }

    /// <summary>
    /// The "near" tier (1) of <see cref="SearchMatch.AllTerms"/>: PostgreSQL has no NEAR, and its phrase operator
    /// <c>&lt;N&gt;</c> means exactly N positions apart, so each pair of neighbouring typed tokens must occur at most
    /// <see cref="NearDistance"/> positions apart, in either order: <c>(a &lt;1&gt; b | … | a &lt;11&gt; b | b &lt;1&gt; a | … )
    /// &amp; (b &lt;1&gt; c | …)</c>. Unlike FTS5's <c>NEAR(a b c, 10)</c>, which asks for one stretch of text holding all
    /// of them, each pair may be found in a different place, only the first <see cref="MaxNearTokens"/> tokens count,
    /// and the one empty position between fields does not keep a pair inside one field.
    /// </summary>
    /// <param name="tokens">Every positive folded token in typed order.</param>
    /// <returns>The query, or null for fewer than two tokens (one token is always its own phrase).</returns>
    public static NpgsqlTsQuery? Near(IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return null;
        }

        var pairs = new List<NpgsqlTsQuery>();
        var count = Math.Min(tokens.Count, MaxNearTokens);
        for (var i = 1; i < count; i++)
        {
            var left = SearchTerms.Limit(tokens[i - 1]);
            var right = SearchTerms.Limit(tokens[i]);
            var within = new List<NpgsqlTsQuery>();
            for (short distance = 1; distance <= NearDistance; distance++)
            {
                within.Add(new NpgsqlTsQueryFollowedBy(new NpgsqlTsQueryLexeme(left), distance, new NpgsqlTsQueryLexeme(right)));
                if (left != right)
                {
                    within.Add(new NpgsqlTsQueryFollowedBy(new NpgsqlTsQueryLexeme(right), distance, new NpgsqlTsQueryLexeme(left)));
                }
            }

            pairs.Add(Any(within));
        }

        return All(pairs);
    }

    private static NpgsqlTsQuery All(IEnumerable<NpgsqlTsQuery> queries) =>
        queries.Aggregate((left, right) => new NpgsqlTsQueryAnd(left, right));

    private static NpgsqlTsQuery Any(IEnumerable<NpgsqlTsQuery> queries) =>
        queries.Aggregate((left, right) => new NpgsqlTsQueryOr(left, right));
}
