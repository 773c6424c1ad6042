using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using PublishingPortal.Web.Backup;

namespace PublishingPortal.Web.Tests.Backup;

/// <summary>
/// The commands as a separate process, the way an operator or cron runs them: Program dispatches them
/// without migrating or seeding (else a restore would find demo content in its "empty" target), takes
/// <c>--Key=value</c> switches after the file name as settings, and returns the exit code.
/// </summary>
public sealed class BackupProcessTests : IClassFixture<PortalFactory>, IDisposable
{
    private readonly PortalFactory _factory;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-backup-process-" + Guid.NewGuid().ToString("N"));

    public BackupProcessTests(PortalFactory factory)
    {
        _factory = factory;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Process_RestoreThenBackupThenRefusals_ExitCodes()
    {
        var archive = Path.Combine(_folder, "nguon.zip");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(0, await BackupCommand.RunAsync(_factory.Services, ["backup", archive], output, error));
        }

        var site = Path.Combine(_folder, "site");

        var restored = await RunAsync(["restore", archive, .. Settings(site)]);
        var again = await RunAsync(["restore", archive, .. Settings(site)]);
        var backup = await RunAsync(["backup", Path.Combine(_folder, "lai.zip"), .. Settings(site)]);
        var notZip = await RunAsync(["restore", _factory.DatabasePath, .. Settings(Path.Combine(_folder, "khac"))]);
        var usage = await RunAsync(["backup", .. Settings(site)]);

        Assert.True(restored.Code == 0, restored.Error);
        Assert.Contains("Đã khôi phục", restored.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.Code);
        Assert.Contains("cơ sở dữ liệu đã có bài viết", again.Error, StringComparison.Ordinal);
        Assert.True(backup.Code == 0, backup.Error);
        Assert.Contains("Đã sao lưu", backup.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "lai.zip")));
        Assert.Equal(1, notZip.Code);
        Assert.Contains("không phải tệp sao lưu", notZip.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "khac", "portal.db")));
        Assert.Equal(2, usage.Code);
        Assert.Contains("Cách dùng: backup", usage.Error, StringComparison.Ordinal);
    }

    private static string[] Settings(string site) =>
    [
        $"--ConnectionStrings:Portal=Data Source={Path.Combine(site, "portal.db")}",
        $"--Site:MediaPath={Path.Combine(site, "media")}",
        $"--Logging:FileFolder={Path.Combine(site, "logs")}",
    ];

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PublishingPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
