using Microsoft.EntityFrameworkCore.Infrastructure;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The SQLite search index's schema and writes, shared by <see cref="SqliteArticleSearchIndex"/> and
/// <see cref="ArticleSearchIndexInterceptor"/>. One FTS5 table, rowid = article id, holding for title, lead,
/// body and meta (byline, tags, section: <see cref="ArticleSearchDocument.MetaParts"/>) the folded tokens (matched) and the exact tokens (ranking), both computed in .NET by
/// <see cref="SearchText"/>: FTS5's own <c>remove_diacritics</c> keeps đ and knows nothing of tone placement,
/// so the tokenizer is told to leave diacritics alone.
/// </summary>
internal sealed class SqliteSearchStore : IArticleSearchStore
{
    /// <summary>Bump when what is stored changes (folding, tokens, columns): the index is then rebuilt on start.</summary>
    public const int FormatVersion = 2;

    /// <summary>
    /// Weights of <c>bm25(ArticleSearch, …)</c>, one per column in table order (<see cref="FoldedColumns"/> then
    /// <see cref="ExactColumns"/>): title 10, lead 4, body 1, meta 4 (a tag or the byline says what the article is about
    /// as surely as its lead; PostgreSQL's D weight matches), exact columns 0 (they only decide the exact-spelling tier).
    /// Every bm25 call uses this list.
    /// </summary>
    public const string Bm25Weights = "10.0, 4.0, 1.0, 4.0, 0.0, 0.0, 0.0, 0.0";

    /// <summary>
    /// Token written between the parts of the meta columns so that a phrase never runs from the byline into a tag or
    /// from one tag into the next (FTS5 has no position gaps). No query can produce it: folded tokens never hold "đ"
    /// and exact tokens never hold a tone-marked letter ("à" is written "a2"), while <c>unicode61</c> with
    /// <c>remove_diacritics 0</c> keeps both.
    /// </summary>
    public const string MetaSeparator = "đà";

    public const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(
            Title, Lead, Body, Meta, ExactTitle, ExactLead, ExactBody, ExactMeta,
            tokenize = 'unicode61 remove_diacritics 0');
        CREATE TABLE IF NOT EXISTS ArticleSearchInfo (Name TEXT NOT NULL PRIMARY KEY, Value TEXT NOT NULL);
        """;

    public const string DropSql = "DROP TABLE IF EXISTS ArticleSearch;";

    public const string ReadFormatSql = "SELECT Value FROM ArticleSearchInfo WHERE Name = 'Format'";

    public const string WriteFormatSql = "INSERT OR REPLACE INTO ArticleSearchInfo (Name, Value) VALUES ('Format', {0});";

    public const string IndexedIdsSql = "SELECT rowid AS Value FROM ArticleSearch";

    private const string DeleteSql = "DELETE FROM ArticleSearch WHERE rowid = @id;";

    private const string InsertSql = """
        INSERT INTO ArticleSearch (rowid, Title, Lead, Body, Meta, ExactTitle, ExactLead, ExactBody, ExactMeta)
        VALUES (@id, @title, @lead, @body, @meta, @exactTitle, @exactLead, @exactBody, @exactMeta);
        """;

    /// <summary>Columns holding folded tokens, in table order (<see cref="Bm25Weights"/> follows this order).</summary>
    public static readonly string[] FoldedColumns = ["Title", "Lead", "Body", "Meta"];

    /// <summary>Columns holding exact tokens, in table order after <see cref="FoldedColumns"/>.</summary>
    public static readonly string[] ExactColumns = ["ExactTitle", "ExactLead", "ExactBody", "ExactMeta"];

    /// <summary>The one instance (the store holds no state).</summary>
    public static readonly SqliteSearchStore Instance = new();

    private SqliteSearchStore()
    {
    }

    /// <inheritdoc />
    public Task WriteAsync(
        DatabaseFacade database,
        IReadOnlyCollection<ArticleSearchDocument> upserts,
        IReadOnlyCollection<int> removals,
        bool async,
        CancellationToken cancellationToken)
    {
        if (upserts.Count + removals.Count == 0)
        {
            return Task.CompletedTask;
        }

        return SearchStoreCommands.RunAsync(database, async, async (connection, transaction) =>
        {
            using var delete = SearchStoreCommands.Command(connection, transaction, DeleteSql);
            var deleteId = SearchStoreCommands.Add(delete, "@id");
            using var insert = SearchStoreCommands.Command(connection, transaction, InsertSql);
            var id = SearchStoreCommands.Add(insert, "@id");
            var title = SearchStoreCommands.Add(insert, "@title");
            var lead = SearchStoreCommands.Add(insert, "@lead");
            var body = SearchStoreCommands.Add(insert, "@body");
            var meta = SearchStoreCommands.Add(insert, "@meta");
            var exactTitle = SearchStoreCommands.Add(insert, "@exactTitle");
            var exactLead = SearchStoreCommands.Add(insert, "@exactLead");
            var exactBody = SearchStoreCommands.Add(insert, "@exactBody");
            var exactMeta = SearchStoreCommands.Add(insert, "@exactMeta");

            foreach (var removed in removals)
            {
                deleteId.Value = removed;
                await SearchStoreCommands.ExecuteAsync(delete, async, cancellationToken);
            }

            foreach (var document in upserts)
            {
                deleteId.Value = document.ArticleId;
                await SearchStoreCommands.ExecuteAsync(delete, async, cancellationToken);
                id.Value = document.ArticleId;
                title.Value = SearchText.FoldedKey(document.Title);
                lead.Value = SearchText.FoldedKey(document.Lead);
                body.Value = SearchText.FoldedKey(document.Body);
                meta.Value = MetaKey(document, SearchText.FoldedKey);
                exactTitle.Value = SearchText.ExactKey(document.Title);
                exactLead.Value = SearchText.ExactKey(document.Lead);
                exactBody.Value = SearchText.ExactKey(document.Body);
                exactMeta.Value = MetaKey(document, SearchText.ExactKey);
                await SearchStoreCommands.ExecuteAsync(insert, async, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>The meta column's text: each part's key, parts joined by <see cref="MetaSeparator"/>.</summary>
    /// <param name="document">The article's text.</param>
    /// <param name="key">Folded or exact key.</param>
    /// <returns>e.g. <c>huong diu đà hoi nghi đà thoi su</c>; empty when the article has no byline, tag or section.</returns>
    public static string MetaKey(ArticleSearchDocument document, Func<string, string> key) =>
        string.Join(" " + MetaSeparator + " ", document.MetaParts.Select(key).Where(k => k.Length > 0));
}
