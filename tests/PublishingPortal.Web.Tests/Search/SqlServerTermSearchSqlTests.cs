using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
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
public sealed partial class SqlServerTermSearchSqlTests
{
    [Theory]
    [InlineData("dong chi dien", false)]
    [InlineData("đồng chí Điền", true)]
    public async Task SqlServer_TermSearch_TranslatesToSeeksAndExists(string query, bool exactRanked)
    {
        var (results, recorder) = await SearchOfflineAsync(query, SearchMatch.AllTerms);

        Assert.Equal(3, results.Total);
        Assert.False(results.MoreThanWindow);
        Assert.Empty(results.Hits);
        Assert.Equal(2, recorder.Commands.Count);
        var (window, page) = (recorder.Commands[0], recorder.Commands[1]);

        // The window: the visible matches newest first, cut after RankWindow + 1, counted with their lowest id.
        Assert.StartsWith("SELECT TOP(1) COUNT(*) AS [Count], MIN(", window.Text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [a].[Id] DESC", window.Text, StringComparison.Ordinal);
        Assert.Contains(ArticleSearchRequest.RankWindow + 1, window.Parameters.Values);
        Assert.Equal(["chi", "dien", "dong"], window.Parameters.Values.OfType<string>().Order(StringComparer.Ordinal));
        Assert.Equal(3, CountOf(window.Text, "EXISTS ("));
        Assert.DoesNotContain("[Position]", window.Text, StringComparison.Ordinal);
        AssertEveryTermLookupSeeks(window.Text);

        // The page: the window's matches only; the phrase tier checks the next tokens at the next positions, the near
        // tier a position range; the exact key only for a query with diacritics.
        Assert.Contains("[a].[Id] >= @bound", page.Text, StringComparison.Ordinal);
        Assert.Contains("].[Position] + @offset", page.Text, StringComparison.Ordinal);
        Assert.Contains("].[Position] + 11 AND", page.Text, StringComparison.Ordinal);
        Assert.Contains("OFFSET @", page.Text, StringComparison.Ordinal);
        Assert.Equal(exactRanked, page.Text.Contains("[ExactTerm] = ", StringComparison.Ordinal));
        AssertEveryTermLookupSeeks(page.Text);
    }

    [Fact]
    public async Task SqlServer_TermSearch_ExclusionsQuotesAndMostTerms_TranslateToSeeks()
    {
        var (all, allCommands) = await SearchOfflineAsync("\"van de\" dan -\"cong an\" -tinh", SearchMatch.AllTerms);
        var (most, mostCommands) = await SearchOfflineAsync("van dan -tinh", SearchMatch.MostTerms);

        Assert.Equal(3, all.Total);
        Assert.Equal(3, most.Total);
        var window = allCommands.Commands[0].Text;
        Assert.Equal(2, CountOf(window, "NOT EXISTS ("));
        Assert.Equal(2, CountOf(window, "[Position] = [a"));
        foreach (var command in allCommands.Commands.Concat(mostCommands.Commands))
        {
            AssertEveryTermLookupSeeks(command.Text);
        }

        // Any term (OR), the tier the number of terms held.
        Assert.Contains(") OR EXISTS (", mostCommands.Commands[0].Text, StringComparison.Ordinal);
        Assert.Contains("END + CASE", mostCommands.Commands[1].Text, StringComparison.Ordinal);
    }

    private static async Task<(ArticleSearchResults Results, OfflineCommands Recorder)> SearchOfflineAsync(string query, SearchMatch match)
    {
        var recorder = new OfflineCommands();
        await using var db = new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=offline;Connect Timeout=1")
            .AddInterceptors(recorder)
            .Options);
        var results = await new ArticleTermSearch(db, TimeProvider.System)
            .SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse(query).Phrase!) { Page = 1, PageSize = 10, Match = match });
        return (results, recorder);
    }

    // Every read of the term table names its article and its folded term by equality (or a list of terms): the
    // (Term, ArticleId, Field, Position) index answers each with a seek, never a scan of the table.
    private static void AssertEveryTermLookupSeeks(string sql)
    {
        var reads = CountOf(sql, "FROM [ArticleSearchTerms] AS [");
        var seeks = SeekableRead().Count(sql);
        Assert.True(reads > 0);
        Assert.Equal(reads, seeks);
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
    [GeneratedRegex(@"FROM \[ArticleSearchTerms\] AS \[(\w+)\]\s+WHERE \[\1\]\.\[ArticleId\] = \[\w+\]\.\[(?:Id|ArticleId)\] AND [^\n]*?\[\1\]\.\[Term\] (?:= @|IN \(@)")]
    private static partial Regex SeekableRead();

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
            table.Columns.Add("Count", typeof(int));
            table.Columns.Add("Lowest", typeof(int));
            if (command.CommandText.Contains("COUNT(*)", StringComparison.Ordinal))
            {
                table.Rows.Add(3, 1);
            }

            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }
    }
}
