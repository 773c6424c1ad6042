using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>
/// A throwaway Redis for the test run: Debian's <c>/usr/bin/redis-server</c> (installed by .ci/run), no persistence,
/// listening on 127.0.0.1 on a free port, its working folder in a temp folder. Started once per test run on first use
/// and stopped when the test process exits. Tests that share it keep apart by key prefix (<c>Redis:InstanceName</c>).
/// A missing binary fails the test, never skips it.
/// </summary>
public sealed class RedisServer
{
    private const string Binary = "/usr/bin/redis-server";

    // $0 is redis-server and $@ its arguments; the loop ends when the test process or the server is gone, and the
    // server's temp folder goes with it.
    private const string WatchScript =
        "\"$0\" \"$@\" & server=$!; trap 'kill $server 2>/dev/null' TERM; " +
        "while kill -0 \"$PP_TEST_PID\" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done; " +
        "kill $server 2>/dev/null; wait $server; rm -rf \"$PP_REDIS_DIR\"";

    private static readonly Lazy<Task<RedisServer>> Shared = new(StartAsync);

    private readonly Process _process;

    private RedisServer(Process process, string root, int port)
    {
        _process = process;
        Root = root;
        Port = port;
    }

    /// <summary>The temp folder of the server (its working folder and redis.log).</summary>
    public string Root { get; }

    public int Port { get; }

    /// <summary>The value of <c>ConnectionStrings:Redis</c> for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The running server, started on first call.</summary>
    public static Task<RedisServer> GetAsync() => Shared.Value;

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewInstanceName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10] + ":";

    private static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                "redis-server is missing (no /usr/bin/redis-server): install Debian's redis-server package " +
                "(`apt-get install redis-server`; .ci/run does this). The Redis tests need a real server and do not skip.");
        }

        var root = Path.Combine(Path.GetTempPath(), "pp-redis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var port = FreePort();
        // The test host may be ended before its exit handlers finish (the PostgreSQL stop runs first), so redis-server
        // runs under a small shell that stops it as soon as this process is gone.
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.Environment["PP_REDIS_DIR"] = root;
        start.Environment["PP_TEST_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var a in new[]
        {
            "-c", WatchScript, Binary,
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", root, "--logfile", Path.Combine(root, "redis.log"),
            "--daemonize", "no",
        })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Binary);
        var server = new RedisServer(process, root, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await server.WaitUntilReadyAsync();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}: {ReadLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[64];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within 30 s: {ReadLog()}");
            }

            await Task.Delay(50);
        }
    }

    private string ReadLog()
    {
        var log = Path.Combine(Root, "redis.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // The process is exiting; a folder left behind is in a temp folder and goes with the machine.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
