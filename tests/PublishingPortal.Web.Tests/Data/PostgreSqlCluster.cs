using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: Debian's binaries (/usr/lib/postgresql/*/bin, installed by
/// .ci/run), initdb + pg_ctl in a temp folder, listening on 127.0.0.1 on a free port, trust authentication.
/// Started once per test run on first use and stopped when the test process exits. As root the server runs as
/// the <c>postgres</c> user (PostgreSQL refuses to run as root). Missing binaries fail the test, never skip it.
/// </summary>
public sealed class PostgreSqlCluster
{
    private static readonly Lazy<Task<PostgreSqlCluster>> Shared = new(StartAsync);

    private readonly string _bin;
    private readonly string _dataFolder;
    private readonly string? _runAs;

    private PostgreSqlCluster(string bin, string root, string? runAs, int port)
    {
        _bin = bin;
        Root = root;
        _dataFolder = Path.Combine(root, "data");
        _runAs = runAs;
        Port = port;
    }

    /// <summary>The temp folder that holds the cluster (data/, the socket and server.log).</summary>
    public string Root { get; }

    public int Port { get; }

    /// <summary>The running cluster, started on first call.</summary>
    public static Task<PostgreSqlCluster> GetAsync() => Shared.Value;

    /// <summary>Connection string for <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,

            // Tests create and drop many databases; a pooled connection would keep a dropped one open.
            Pooling = false,
        }.ToString();

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = (prefix + "_" + Guid.NewGuid().ToString("N")[..10]).ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgreSqlCluster> StartAsync()
    {
        var bin = FindBinaries();
        RemoveStoppedClusters();
        var root = Path.Combine(Path.GetTempPath(), "pp-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        string? runAs = null;
        if (Environment.UserName == "root")
        {
            runAs = "postgres";
            await RunAsync("chown", ["postgres:postgres", root], null);
        }

        var cluster = new PostgreSqlCluster(bin, root, runAs, FreePort());
        await cluster.RunToolAsync("initdb", ["-D", cluster._dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        await cluster.RunToolAsync("pg_ctl", [
            "-D", cluster._dataFolder, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
            "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    private void Stop()
    {
        try
        {
            RunAsync(ToolPath("pg_ctl"), ["-D", _dataFolder, "-m", "immediate", "-w", "stop"], _runAs).GetAwaiter().GetResult();
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The process is exiting; a cluster left behind is in a temp folder and stops with the machine.
        }
    }

    // The exit handler stops the server but may be cut short before the folder is deleted; clusters of earlier
    // runs that no longer run (no postmaster.pid, untouched for an hour: not one being made now) are removed here.
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "pp-pg-*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Removed by a parallel run at the same moment; the next run tries again.
                }
            }
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            "PostgreSQL binaries are missing (no /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql package " +
            "(`apt-get install postgresql`; .ci/run does this). The PostgreSQL tests need a real server and do not skip.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ToolPath(string tool) => Path.Combine(_bin, tool);

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments) => RunAsync(ToolPath(tool), arguments, _runAs);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string? runAs)
    {
        var start = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // runuser keeps the working folder; the postgres user cannot read root's.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");

        // pg_ctl start leaves the server holding the inherited pipes; read to the end only for the other tools.
        var output = Path.GetFileName(file) == "pg_ctl" ? Task.FromResult("") : process.StandardOutput.ReadToEndAsync();
        var error = Path.GetFileName(file) == "pg_ctl" ? Task.FromResult("") : process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await error}");
        }
    }
}
