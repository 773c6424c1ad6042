using Microsoft.EntityFrameworkCore.Infrastructure;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The SQLite search index's schema and writes, shared by <see cref="SqliteArticleSearchIndex"/> and
/// <see cref="ArticleSearchIndexInterceptor"/>. One FTS5 table, rowid = article id, holding for title, lead and
/// body the folded tokens (matched) and the exact tokens (ranking), both computed in .NET by
/// <see cref="SearchText"/>: FTS5's own <c>remove_diacritics</c> keeps đ and knows nothing of tone placement,
/// so the tokenizer is told to leave diacritics alone.
/// </summary>
internal sealed class SqliteSearchStore : IArticleSearchStore
{
    /// <summary>Bump when what is stored changes (folding, tokens, columns): the index is then rebuilt on start.</summary>
    public const int FormatVersion = 1;

    public const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS ArticleSearch USING fts5(
            Title, Lead, Body, ExactTitle, ExactLead, ExactBody,
            tokenize = 'unicode61 remove_diacritics 0');
        CREATE TABLE IF NOT EXISTS ArticleSearchInfo (Name TEXT NOT NULL PRIMARY KEY, Value TEXT NOT NULL);
        """;

    public const string DropSql = "DROP TABLE IF EXISTS ArticleSearch;";

    public const string ReadFormatSql = "SELECT Value FROM ArticleSearchInfo WHERE Name = 'Format'";

    public const string WriteFormatSql = "INSERT OR REPLACE INTO ArticleSearchInfo (Name, Value) VALUES ('Format', {0});";

    public const string IndexedIdsSql = "SELECT rowid AS Value FROM ArticleSearch";

    private const string DeleteSql = "DELETE FROM ArticleSearch WHERE rowid = @id;";

    private const string InsertSql = """
        INSERT INTO ArticleSearch (rowid, Title, Lead, Body, ExactTitle, ExactLead, ExactBody)
        VALUES (@id, @title, @lead, @body, @exactTitle, @exactLead, @exactBody);
        """;

    /// <summary>Columns holding folded tokens, in table order (bm25 weights follow this order).</summary>
    public static readonly string[] FoldedColumns = ["Title", "Lead", "Body"];

    /// <summary>
    /// The weights every <c>bm25(ArticleSearch, …)</c> call uses, one per column in table order (folded columns, then
    /// exact ones): title × 10, lead × 4, body × 1 (decision 003: title and lead above body); exact columns 0, since
    /// exact spellings rank by their own key, not by score.
    /// </summary>
    public const string Bm25Weights = "10.0, 4.0, 1.0, 0.0, 0.0, 0.0";

    /// <summary>Columns holding exact tokens.</summary>
    public static readonly string[] ExactColumns = ["ExactTitle", "ExactLead", "ExactBody"];

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
            var exactTitle = SearchStoreCommands.Add(insert, "@exactTitle");
            var exactLead = SearchStoreCommands.Add(insert, "@exactLead");
            var exactBody = SearchStoreCommands.Add(insert, "@exactBody");

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
                exactTitle.Value = SearchText.ExactKey(document.Title);
                exactLead.Value = SearchText.ExactKey(document.Lead);
                exactBody.Value = SearchText.ExactKey(document.Body);
                await SearchStoreCommands.ExecuteAsync(insert, async, cancellationToken);
            }
        }, cancellationToken);
    }
}
