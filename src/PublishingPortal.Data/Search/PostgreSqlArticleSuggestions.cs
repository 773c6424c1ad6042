using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSuggestions"/> on PostgreSQL: a <c>tsquery</c> of title lexemes (weight A) in a row, the last one a
/// prefix (<c>'hoi':A &lt;-&gt; 'ngh':*A</c>), sent as a parameter and matched on the GIN-indexed <c>SearchVector</c>.
/// </summary>
public sealed class PostgreSqlArticleSuggestions : IArticleSuggestions
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the suggestions.</summary>
    /// <param name="db">The context (PostgreSQL).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public PostgreSqlArticleSuggestions(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>The title-prefix query of <paramref name="foldedTokens"/>.</summary>
    /// <param name="foldedTokens">One or more folded tokens.</param>
    /// <returns>e.g. <c>'hoi':A &lt;-&gt; 'ngh':*A</c>.</returns>
    public static NpgsqlTsQuery TitlePrefix(IReadOnlyList<string> foldedTokens)
    {
        SuggestionResults.Check(foldedTokens);
        NpgsqlTsQuery? query = null;
        for (var i = 0; i < foldedTokens.Count; i++)
        {
            var lexeme = new NpgsqlTsQueryLexeme(
                SearchTerms.Limit(foldedTokens[i]), NpgsqlTsQueryLexeme.Weight.A, isPrefixSearch: i == foldedTokens.Count - 1);
            query = query is null ? lexeme : new NpgsqlTsQueryFollowedBy(query, 1, lexeme);
        }

        return query!;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(IReadOnlyList<string> foldedTokens, CancellationToken cancellationToken = default)
    {
        var query = TitlePrefix(foldedTokens);
        var ids = _db.Set<PostgreSqlSearchDocument>().AsNoTracking()
            .Where(d => d.SearchVector.Matches(query))
            .Select(d => d.ArticleId);
        return SuggestionResults.TakeAsync(_db, ids, foldedTokens, _clock.GetUtcNow(), cancellationToken);
    }
}
