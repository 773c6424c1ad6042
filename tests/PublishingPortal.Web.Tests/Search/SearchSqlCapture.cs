using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// Records the PostgreSQL commands EF Core runs against one database that read a given table (text and parameter
/// values, from EF Core's diagnostic events), so a test can ask the server for their plans with <see cref="ExplainAsync"/>.
/// </summary>
public sealed class SearchSqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly string _table;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<(string Sql, NpgsqlParameter[] Parameters)> _commands = [];

    public SearchSqlCapture(string connectionString, string table)
    {
        _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        _table = table;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<(string Sql, NpgsqlParameter[] Parameters)> Commands
    {
        get
        {
            lock (_commands)
            {
                return _commands.ToList();
            }
        }
    }

    /// <summary>
    /// The server's plan of a captured command with sequential scans switched off: at test sizes reading a whole
    /// table is cheaper than any index, so the question asked is which index the planner reaches for instead.
    /// </summary>
    public static async Task<string> ExplainAsync(string connectionString, (string Sql, NpgsqlParameter[] Parameters) command)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + command.Sql, connection);
        explain.Parameters.AddRange(command.Parameters.Select(p => p.Clone()).ToArray());
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: NpgsqlCommand command }
            && command.Connection?.Database == _database
            && command.CommandText.StartsWith("SELECT", StringComparison.Ordinal)
            && command.CommandText.Contains(_table, StringComparison.Ordinal))
        {
            lock (_commands)
            {
                _commands.Add((command.CommandText, command.Parameters.Select(p => p.Clone()).ToArray()));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }

            _subscriptions.Clear();
        }
    }
}
