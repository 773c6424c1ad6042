using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// <see cref="IArticleSuggestions"/> on SQLite: an FTS5 phrase on the <c>Title</c> column whose last token is a prefix
/// (<c>{Title} : "hoi" + "ngh"*</c>), built by <see cref="Fts5Query"/> from folded tokens (reader text never reaches FTS
/// syntax), joined to the visible articles.
/// </summary>
public sealed class SqliteArticleSuggestions : IArticleSuggestions
{
    // LIMIT -1 keeps the MATCH a materialised subquery, as in SqliteArticleSearch.
    private const string MatchSql = "SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0} LIMIT -1";

    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the suggestions.</summary>
    /// <param name="db">The context (SQLite).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public SqliteArticleSuggestions(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(IReadOnlyList<string> foldedTokens, CancellationToken cancellationToken = default)
    {
        SuggestionResults.Check(foldedTokens);

        // "*" after the last quoted token makes it a prefix token (FTS5 full-text query syntax, 3.1).
        var match = Fts5Query.Phrase(foldedTokens, [SqliteSearchStore.FoldedColumns[0]]) + "*";
        var ids = _db.Database.SqlQueryRaw<long>(MatchSql, match).Select(id => (int)id);
        return SuggestionResults.TakeAsync(_db, ids, foldedTokens, _clock.GetUtcNow(), cancellationToken);
    }
}
