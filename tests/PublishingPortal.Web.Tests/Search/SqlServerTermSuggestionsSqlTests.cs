using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The term-table suggestions translated by the SQL Server provider itself, offline as in
/// <see cref="SqlServerTermSearchSqlTests"/>: equality on the first title term (index seek), the next terms by EXISTS at
/// the following positions, the last one as a <c>LIKE</c> prefix with its wildcards escaped.
/// </summary>
public sealed class SqlServerTermSuggestionsSqlTests
{
    [Fact]
    public async Task SqlServer_TermSuggestions_TranslateToSeekExistsAndPrefix()
    {
        var recorder = new OfflineCommands();
        await using var db = new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=offline;Connect Timeout=1")
            .AddInterceptors(recorder)
            .Options);

        var found = await new ArticleTermSuggestions(db, TimeProvider.System).SuggestAsync(["hoi", "ngh%"]);

        Assert.Empty(found);
        var (text, parameters) = Assert.Single(recorder.Commands);
        Assert.StartsWith("SELECT TOP(@p) [a].[Title], [a].[Slug]", text, StringComparison.Ordinal);
        Assert.Contains("FROM [ArticleSearchTerms] AS [a0]", text, StringComparison.Ordinal);
        Assert.Contains("[a0].[Term] = @first", text, StringComparison.Ordinal);
        Assert.Contains("[a1].[Position] = [a0].[Position] + @offset", text, StringComparison.Ordinal);
        Assert.Contains("[a1].[Term] LIKE @term_startswith ESCAPE", text, StringComparison.Ordinal);
        Assert.Equal("hoi", parameters["@first"]);
        Assert.Equal("ngh\\%%", parameters["@term_startswith"]);
    }

    /// <summary>Never opens the connection; records each command and answers no rows.</summary>
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
            table.Columns.Add("Title", typeof(string));
            table.Columns.Add("Slug", typeof(string));
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(table.CreateDataReader()));
        }
    }
}
