using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The connection and transaction handling every <see cref="IArticleSearchStore"/> shares: the context's connection,
/// its current transaction or one of its own, and commands run synchronously or not as the caller runs.
/// </summary>
internal static class SearchStoreCommands
{
    /// <summary>Runs <paramref name="work"/> with the open connection and a transaction (the caller's or a new one, committed after).</summary>
    public static async Task RunAsync(
        DatabaseFacade database,
        bool async,
        Func<DbConnection, DbTransaction, Task> work,
        CancellationToken cancellationToken)
    {
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

            await work(connection, transaction);
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

    public static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static async Task ExecuteAsync(DbCommand command, bool async, CancellationToken cancellationToken)
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
