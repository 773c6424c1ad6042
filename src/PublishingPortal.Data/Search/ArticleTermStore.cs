using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Writes <see cref="ArticleSearchTerm"/> rows: one per token of title, lead, body and meta (byline, tags, section
/// name, field <see cref="SearchTerms.MetaField"/>, one position left empty between its parts so no phrase spans two)
/// with its position. Plain SQL
/// that SQL Server, PostgreSQL and SQLite all accept (double-quoted names, <c>@</c> parameters, multi-row
/// <c>VALUES</c> of at most <see cref="RowsPerInsert"/> rows: 4 parameters a row plus the article's stays under SQL
/// Server's 2,100-parameter and 1,000-row limits).
/// </summary>
public sealed class ArticleTermStore : IArticleSearchStore
{
    /// <summary>Bump when what is stored changes: the index is then rebuilt on start.</summary>
    public const int FormatVersion = 2;

    /// <summary>Rows per INSERT statement.</summary>
    public const int RowsPerInsert = 400;

    private const string DeleteSql = """DELETE FROM "ArticleSearchTerms" WHERE "ArticleId" = @id;""";

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
            foreach (var articleId in removals.Concat(upserts.Select(u => u.ArticleId)))
            {
                deleteId.Value = articleId;
                await SearchStoreCommands.ExecuteAsync(delete, async, cancellationToken);
            }

            foreach (var document in upserts)
            {
                foreach (var chunk in Terms(document).Chunk(RowsPerInsert))
                {
                    using var insert = Insert(connection, transaction, document.ArticleId, chunk);
                    await SearchStoreCommands.ExecuteAsync(insert, async, cancellationToken);
                }
            }
        }, cancellationToken);
    }

    /// <summary>The rows of one article, title then lead then body then meta.</summary>
    /// <param name="document">The article's text.</param>
    /// <returns>(field, position, folded term, exact term); the exact term is empty where the two tokenizations disagree in length.</returns>
    public static IEnumerable<(short Field, int Position, string Term, string ExactTerm)> Terms(ArticleSearchDocument document)
    {
        var parts = new[] { (SearchTerms.TitleField, document.Title), (SearchTerms.LeadField, document.Lead), (SearchTerms.BodyField, document.Body) }
            .Concat(document.MetaParts.Select(part => (SearchTerms.MetaField, part)));
        var metaPosition = 0;
        foreach (var (field, text) in parts)
        {
            var folded = SearchText.FoldedTokens(text);
            var exact = SearchText.ExactTokens(text);

            // Meta parts share one field: each starts one position after the previous one's end plus a gap.
            var start = field == SearchTerms.MetaField ? metaPosition : 0;
            for (var i = 0; i < folded.Count; i++)
            {
                yield return (field, start + i, SearchTerms.Limit(folded[i]), i < exact.Count ? SearchTerms.Limit(exact[i]) : "");
            }

            if (field == SearchTerms.MetaField)
            {
                metaPosition = start + folded.Count + 1;
            }
        }
    }

    private static DbCommand Insert(DbConnection connection, DbTransaction transaction, int articleId, (short Field, int Position, string Term, string ExactTerm)[] rows)
    {
        var sql = new StringBuilder("""INSERT INTO "ArticleSearchTerms" ("ArticleId", "Field", "Position", "Term", "ExactTerm") VALUES """);
        var command = SearchStoreCommands.Command(connection, transaction, "");
        SearchStoreCommands.Add(command, "@a", articleId);
        for (var i = 0; i < rows.Length; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@a, @f{i}, @p{i}, @t{i}, @e{i})");
            SearchStoreCommands.Add(command, string.Create(CultureInfo.InvariantCulture, $"@f{i}"), rows[i].Field);
            SearchStoreCommands.Add(command, string.Create(CultureInfo.InvariantCulture, $"@p{i}"), rows[i].Position);
            SearchStoreCommands.Add(command, string.Create(CultureInfo.InvariantCulture, $"@t{i}"), rows[i].Term);
            SearchStoreCommands.Add(command, string.Create(CultureInfo.InvariantCulture, $"@e{i}"), rows[i].ExactTerm);
        }

        command.CommandText = sql.Append(';').ToString();
        return command;
    }
}
