using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NpgsqlTypes;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Writes <see cref="PostgreSqlSearchDocument"/> rows. The vectors are built here from <see cref="SearchText"/>'s tokens,
/// not by <c>to_tsvector</c>: PostgreSQL's parser would cut some tokens differently from SQLite's FTS5 and
/// <c>tsvector || tsvector</c> makes the last title word adjacent to the first lead word. Positions run 1, 2, … through
/// the title (weight A), then the lead (B), the body (C) and the meta parts (D: byline, each tag, section name,
/// <see cref="ArticleSearchDocument.MetaParts"/>) with one position left empty between fields and between meta parts
/// (so no phrase runs from one into the next), and stop at
/// 16,383 (PostgreSQL's largest); a lexeme keeps at most 256 positions (its limit too).
/// </summary>
public sealed class PostgreSqlSearchStore : IArticleSearchStore
{
    /// <summary>Bump when what is stored changes: the index is then rebuilt on start.</summary>
    public const int FormatVersion = 2;

    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;

    private const string UpsertSql = """
        INSERT INTO "ArticleSearchDocuments" ("ArticleId", "SearchVector", "ExactVector")
        VALUES (@id, CAST(@search AS tsvector), CAST(@exact AS tsvector))
        ON CONFLICT ("ArticleId") DO UPDATE SET "SearchVector" = EXCLUDED."SearchVector", "ExactVector" = EXCLUDED."ExactVector";
        """;

    private const string DeleteSql = """DELETE FROM "ArticleSearchDocuments" WHERE "ArticleId" = @id;""";

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
            foreach (var removed in removals)
            {
                deleteId.Value = removed;
                await SearchStoreCommands.ExecuteAsync(delete, async, cancellationToken);
            }

            using var upsert = SearchStoreCommands.Command(connection, transaction, UpsertSql);
            var id = SearchStoreCommands.Add(upsert, "@id");
            var search = SearchStoreCommands.Add(upsert, "@search");
            var exact = SearchStoreCommands.Add(upsert, "@exact");
            foreach (var document in upserts)
            {
                id.Value = document.ArticleId;
                search.Value = Vector(document, SearchText.FoldedTokens);
                exact.Value = Vector(document, SearchText.ExactTokens);
                await SearchStoreCommands.ExecuteAsync(upsert, async, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>The <c>tsquery</c> matching <paramref name="tokens"/> as consecutive lexemes (<c>'van' &lt;-&gt; 'de'</c>).</summary>
    /// <param name="tokens">At least one token (folded or exact, as stored).</param>
    /// <returns>The query, sent as a parameter: reader text never becomes query syntax.</returns>
    /// <exception cref="ArgumentException">No tokens.</exception>
    public static NpgsqlTsQuery Phrase(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            throw new ArgumentException("A phrase needs at least one token.", nameof(tokens));
        }

        NpgsqlTsQuery query = new NpgsqlTsQueryLexeme(SearchTerms.Limit(tokens[0]));
        for (var i = 1; i < tokens.Count; i++)
        {
            query = new NpgsqlTsQueryFollowedBy(query, 1, new NpgsqlTsQueryLexeme(SearchTerms.Limit(tokens[i])));
        }

        return query;
    }

    /// <summary>The <c>tsvector</c> text of a document's tokens (see the type's summary).</summary>
    /// <param name="document">The article's text.</param>
    /// <param name="tokenize">Folded or exact tokens.</param>
    /// <returns>e.g. <c>'dong':1A 'chi':2A 'dien':3A,9C</c>; empty for no tokens.</returns>
    public static string Vector(ArticleSearchDocument document, Func<string, IReadOnlyList<string>> tokenize)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 1;
        var fields = new[] { (document.Title, 'A'), (document.Lead, 'B'), (document.Body, 'C') }
            .Concat(document.MetaParts.Select(part => (part, 'D')));
        foreach (var (text, weight) in fields)
        {
            foreach (var token in tokenize(text))
            {
                var lexeme = SearchTerms.Limit(token);
                if (!positions.TryGetValue(lexeme, out var list))
                {
                    positions[lexeme] = list = [];
                }

                if (list.Count < MaxPositionsPerLexeme)
                {
                    list.Add(Math.Min(position, MaxPosition).ToString(CultureInfo.InvariantCulture) + weight);
                }

                position++;
            }

            // The empty position between fields (and between meta parts) keeps a phrase inside one of them.
            position++;
        }

        var builder = new StringBuilder();
        foreach (var (lexeme, list) in positions)
        {
            builder.Append(builder.Length == 0 ? "'" : " '")
                .Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal))
                .Append("':")
                .AppendJoin(',', list);
        }

        return builder.ToString();
    }
}
