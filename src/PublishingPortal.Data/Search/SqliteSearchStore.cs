using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The SQLite search index's schema and writes, shared by <see cref="SqliteArticleSearchIndex"/> and
/// <see cref="ArticleSearchIndexInterceptor"/>. One FTS5 table, rowid = article id, holding for title, lead and
/// body the folded tokens (matched) and the exact tokens (ranking), both computed in .NET by
/// <see cref="SearchText"/>: FTS5's own <c>remove_diacritics</c> keeps đ and knows nothing of tone placement,
/// so the tokenizer is told to leave diacritics alone.
/// </summary>
internal static class SqliteSearchStore
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

    /// <summary>Columns holding exact tokens.</summary>
    public static readonly string[] ExactColumns = ["ExactTitle", "ExactLead", "ExactBody"];

    /// <summary>
    /// Replaces and removes entries on the context's connection, inside its current transaction when there
    /// is one (so a rolled-back save rolls the index back too), otherwise in a transaction of its own.
    /// </summary>
    /// <param name="database">The context's database.</param>
    /// <param name="upserts">Entries to add or replace.</param>
    /// <param name="removals">Article ids whose entries go.</param>
    /// <param name="async">False to run synchronously (the returned task is then already complete).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when written.</returns>
    public static async Task WriteAsync(
        DatabaseFacade database,
        IReadOnlyCollection<ArticleSearchDocument> upserts,
        IReadOnlyCollection<int> removals,
        bool async,
        CancellationToken cancellationToken)
    {
        if (upserts.Count + removals.Count == 0)
        {
            return;
        }

        if (async)
        {
            await database.OpenConnectionAsync(cancellationToken);
        }
        else
        {
            database.OpenConnection();
        }

        DbTransaction? own = null;
        try
        {
            var connection = database.GetDbConnection();
            var transaction = database.CurrentTransaction?.GetDbTransaction();
            if (transaction is null)
            {
                own = async
                    ? await connection.BeginTransactionAsync(cancellationToken)
                    : connection.BeginTransaction();
                transaction = own;
            }

            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = DeleteSql;
            var deleteId = Add(delete, "@id");
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = InsertSql;
            var id = Add(insert, "@id");
            var title = Add(insert, "@title");
            var lead = Add(insert, "@lead");
            var body = Add(insert, "@body");
            var exactTitle = Add(insert, "@exactTitle");
            var exactLead = Add(insert, "@exactLead");
            var exactBody = Add(insert, "@exactBody");

            foreach (var removed in removals)
            {
                deleteId.Value = removed;
                await Execute(delete, async, cancellationToken);
            }

            foreach (var document in upserts)
            {
                deleteId.Value = document.ArticleId;
                await Execute(delete, async, cancellationToken);
                id.Value = document.ArticleId;
                title.Value = SearchText.FoldedKey(document.Title);
                lead.Value = SearchText.FoldedKey(document.Lead);
                body.Value = SearchText.FoldedKey(document.Body);
                exactTitle.Value = SearchText.ExactKey(document.Title);
                exactLead.Value = SearchText.ExactKey(document.Lead);
                exactBody.Value = SearchText.ExactKey(document.Body);
                await Execute(insert, async, cancellationToken);
            }

            if (own is not null)
            {
                if (async)
                {
                    await own.CommitAsync(cancellationToken);
                }
                else
                {
                    own.Commit();
                }
            }
        }
        finally
        {
            own?.Dispose();
            if (async)
            {
                await database.CloseConnectionAsync();
            }
            else
            {
                database.CloseConnection();
            }
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static async Task Execute(DbCommand command, bool async, CancellationToken cancellationToken)
    {
        if (async)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            command.ExecuteNonQuery();
        }
    }
}
