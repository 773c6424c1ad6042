using System.Globalization;

namespace PublishingPortal.Web.Backup;

/// <summary>
/// The command lines <c>backup FILE [--media-only]</c> and <c>restore FILE</c> (decision 007). They build
/// the same host as the site without starting it and without migrating or seeding (a restore needs the
/// database untouched). Exit codes: 0 done, 1 refused or failed (one Vietnamese line on standard error,
/// nothing changed), 2 usage error.
/// </summary>
public static class BackupCommand
{
    /// <summary>The verb that writes an archive.</summary>
    public const string BackupVerb = "backup";

    /// <summary>The verb that restores an archive.</summary>
    public const string RestoreVerb = "restore";

    /// <summary>The switch that leaves the database out of a backup.</summary>
    public const string MediaOnlySwitch = "--media-only";

    /// <summary>Whether the process arguments ask for a backup or a restore.</summary>
    /// <param name="args">Process arguments.</param>
    /// <returns>True when the first argument is <see cref="BackupVerb"/> or <see cref="RestoreVerb"/>.</returns>
    public static bool IsRequested(string[] args) =>
        args is { Length: > 0 }
        && (string.Equals(args[0], BackupVerb, StringComparison.OrdinalIgnoreCase) || string.Equals(args[0], RestoreVerb, StringComparison.OrdinalIgnoreCase));

    /// <summary>The host settings among the arguments: <c>--Key=value</c> and <c>--Key value</c>, without the file and <see cref="MediaOnlySwitch"/>.</summary>
    /// <param name="args">Process arguments, starting with the verb.</param>
    /// <returns>Arguments for the configuration's command-line provider.</returns>
    public static string[] HostArguments(string[] args)
    {
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == MediaOnlySwitch)
            {
                continue;
            }

            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    host.Add(args[++i]);
                }
            }
        }

        return [.. host];
    }

    /// <summary>Runs the command against the site a built host is configured for.</summary>
    /// <param name="services">Root service provider of the built (not started) app.</param>
    /// <param name="args">Process arguments, starting with the verb.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="error">Where the refusal goes.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error) =>
        RunAsync(BackupTargets.From(services), services.GetService<TimeProvider>() ?? TimeProvider.System, args, output, error);

    /// <summary>Runs the command against the given database and media folder.</summary>
    /// <param name="targets">The site's database and media folder.</param>
    /// <param name="clock">Time written into a new manifest.</param>
    /// <param name="args">Process arguments, starting with the verb.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="error">Where the refusal goes.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(BackupTargets targets, TimeProvider clock, string[] args, TextWriter output, TextWriter error)
    {
        var restore = string.Equals(args[0], RestoreVerb, StringComparison.OrdinalIgnoreCase);
        var mediaOnly = false;
        var files = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == MediaOnlySwitch && !restore)
            {
                mediaOnly = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                // Host switches (--ConnectionStrings:Portal=…) are for the host, not the file name.
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                files.Add(Resolve(args[i]));
            }
        }

        if (files.Count != 1)
        {
            await error.WriteLineAsync(restore ? "Cách dùng: restore TỆP.zip" : "Cách dùng: backup TỆP.zip [--media-only]");
            return 2;
        }

        try
        {
            if (restore)
            {
                var manifest = await BackupRestorer.RestoreAsync(files[0], targets);

                // A media-only archive counts no rows: "0 bài" there would read like lost articles.
                await output.WriteLineAsync(manifest.DatabaseIncluded
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"Đã khôi phục bản sao lưu lúc {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC: {manifest.Articles} bài, {manifest.MediaAssets} ảnh, {manifest.Users} tài khoản, {manifest.MediaFiles} tệp.")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"Đã khôi phục thư mục ảnh từ bản sao lưu lúc {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC: {manifest.MediaFiles} tệp."));
                if (!manifest.DatabaseIncluded)
                {
                    await output.WriteLineAsync("Bản sao lưu chỉ có thư mục ảnh: khôi phục cơ sở dữ liệu bằng công cụ của nó (pg_restore hoặc RESTORE DATABASE).");
                }
            }
            else
            {
                var manifest = await BackupArchive.WriteAsync(files[0], targets, mediaOnly, clock);
                await output.WriteLineAsync(manifest.DatabaseIncluded
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"Đã sao lưu vào {files[0]}: {manifest.Articles} bài, {manifest.MediaAssets} ảnh, {manifest.Users} tài khoản, {manifest.MediaFiles} tệp ({manifest.MediaBytes} byte).")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"Đã sao lưu thư mục ảnh vào {files[0]}: {manifest.MediaFiles} tệp ({manifest.MediaBytes} byte); cơ sở dữ liệu sao lưu riêng bằng công cụ của nó."));
                if (manifest.MissingOriginals > 0)
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Lưu ý: {manifest.MissingOriginals} ảnh bị xoá trong lúc sao lưu nên không có tệp gốc trong bản sao lưu."));
                }
            }

            return 0;
        }
        catch (BackupRefusedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{files[0]}: {ex.Message}");
            return 1;
        }
    }

    // `dotnet run --project` starts the app in the project folder; the shell's PWD says where the user typed the path.
    private static string Resolve(string path)
    {
        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(Path.IsPathRooted(path) || string.IsNullOrEmpty(shellDirectory) || !Directory.Exists(shellDirectory)
            ? path
            : Path.Combine(shellDirectory, path));
    }
}
