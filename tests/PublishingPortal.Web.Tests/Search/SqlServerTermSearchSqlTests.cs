using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PublishingPortal.Core.Search;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The term-table search translated by the SQL Server provider itself (no server runs on these machines: the
/// connection is never opened and each command answers from a canned result), so a query SQL Server's provider cannot
/// translate fails here, and the SQL it would send is checked for the index-friendly shape.
/// </summary>
public sealed class SqlServerTermSearchSqlTests
{
    [Theory]
    [InlineData("dong chi dien", false)]
    [InlineData("đồng chí Điền", true)]
    public async Task SqlServer_TermSearch_TranslatesToSeekAndExists(string query, bool exactRanked)
    {
        var recorder = new OfflineCommands();
        await using var db = new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=offline;Connect Timeout=1")
            .AddInterceptors(recorder)
            .Options);

        var results = await new ArticleTermSearch(db, TimeProvider.System)
            .SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse(query).Phrase!) { Page = 1, PageSize = 10 });

        Assert.Equal(3, results.Total);
        Assert.Empty(results.Hits);
        Assert.Equal(2, recorder.Commands.Count);
        var (count, page) = (recorder.Commands[0], recorder.Commands[1]);
        Assert.StartsWith("SELECT COUNT(*)", count.Text, StringComparison.Ordinal);
        foreach (var command in recorder.Commands)
        {
            // The first token by equality on Term (an index seek), the others by EXISTS at the next positions.
            Assert.Contains("FROM [ArticleSearchTerms] AS [a]", command.Text, StringComparison.Ordinal);
            Assert.Contains("WHERE [a].[Term] = @first", command.Text, StringComparison.Ordinal);
            Assert.Equal(2, CountOf(command.Text, "[Position] = [a].[Position] + "));
            Assert.Equal("dong", command.Parameters["@first"]);
        }

        Assert.Contains("OFFSET @", page.Text, StringComparison.Ordinal);
        Assert.Equal(exactRanked, page.Text.Contains("[ExactTerm] = ", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Never opens the connection; records each command and answers: the count query 3, any other no rows.</summary>
    private sealed class OfflineCommands : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<(string Text, Dictionary<string, object?> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName, p => (object?)p.Value)));
            using var table = new DataTable();
            table.Columns.Add("Value", typeof(int));
            if (command.CommandText.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal))
            {
                table.Rows.Add(3);
            }

            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }
    }
}
