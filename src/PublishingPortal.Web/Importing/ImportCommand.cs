using System.Text;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Importing;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Importing;

/// <summary>
/// The command line <c>import PATH... [--images DIR]</c>: imports each legacy export (a file, or every
/// <c>.txt</c> in a folder, in name order), prints one line per article (<c>slug&lt;TAB&gt;URL</c>),
/// one line per failed file on standard error (<c>file:line: reason</c>), and returns 0 when every file
/// was imported or already present, 1 when any failed, 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    /// <summary>The verb that selects this command.</summary>
    public const string Verb = "import";

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    /// <summary>Whether the process arguments ask for an import.</summary>
    /// <param name="args">Process arguments.</param>
    /// <returns>True when the first argument is <see cref="Verb"/>.</returns>
    public static bool IsRequested(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Settings of the import command's own host: on PostgreSQL its connections commit without waiting for the
    /// write-ahead log to reach the disk (<c>synchronous_commit = off</c>, for this process's sessions only). A crash
    /// can then lose the last commits of well under a second, never corrupt anything, and running the import again
    /// restores them (exports already imported are skipped by content hash); in exchange an import of 100,000
    /// articles does not wait for 100,000 disk flushes (issue 12).
    /// </summary>
    /// <param name="configuration">The host's configuration, after the command line.</param>
    public static void ConfigureHost(IConfiguration configuration)
    {
        var key = "ConnectionStrings:" + Data.DependencyInjection.ConnectionStringName;
        if (configuration.GetSection(Data.DatabaseOptions.SectionName).Get<Data.DatabaseOptions>()?.Provider == Data.DatabaseProvider.PostgreSql
            && configuration[key] is { Length: > 0 } connectionString)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            builder.Options = (builder.Options + " -c synchronous_commit=off").Trim();
            configuration[key] = builder.ConnectionString;
        }
    }

    /// <summary>
    /// The host settings among the import command's arguments: <c>--Key=value</c> and <c>--Key value</c>
    /// switches (e.g. <c>--ConnectionStrings:Portal=…</c>), without <c>--images DIR</c> and the paths.
    /// </summary>
    /// <param name="args">Process arguments, starting with <see cref="Verb"/>.</param>
    /// <returns>Arguments for the configuration's command-line provider.</returns>
    public static string[] HostArguments(string[] args)
    {
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--images")
            {
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
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

    /// <summary>Runs the command.</summary>
    /// <param name="services">Root service provider of the built app (database already initialised).</param>
    /// <param name="args">Process arguments, starting with <see cref="Verb"/>.</param>
    /// <param name="output">Where article lines go.</param>
    /// <param name="error">Where error lines go.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var paths = new List<string>();
        string? imagesDir = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--images")
            {
                if (i + 1 >= args.Length || !Directory.Exists(Resolve(args[i + 1])))
                {
                    await error.WriteLineAsync("--images cần một thư mục có sẵn");
                    return 2;
                }

                imagesDir = Resolve(args[++i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                // Host switches such as --environment or --urls are for the host, not for the files list.
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                paths.Add(Resolve(args[i]));
            }
        }

        if (paths.Count == 0)
        {
            await error.WriteLineAsync("Cách dùng: import ĐƯỜNG_DẪN... [--images THƯ_MỤC]");
            return 2;
        }

        var baseUrl = services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl.TrimEnd('/');
        int created = 0, skipped = 0, failed = 0;
        foreach (var file in Expand(paths, error, ref failed))
        {
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            try
            {
                var text = await ReadUtf8Async(file);
                var result = await importer.ImportAsync(text, ImagesFor(file, imagesDir));
                var note = result.Created ? "" : "\t(đã có, bỏ qua)";
                await output.WriteLineAsync($"{result.Slug}\t{baseUrl}{ReaderUrls.Article(result.Slug)}{note}");
                if (result.Created)
                {
                    created++;
                }
                else
                {
                    skipped++;
                }
            }
            catch (LegacyFormatException ex)
            {
                failed++;
                await error.WriteLineAsync($"{file}:{ex.LineNumber}: {ex.Reason}");
            }
            catch (Exception ex) when (ex is InvalidImageException or IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                failed++;
                await error.WriteLineAsync($"{file}:1: {ex.Message}");
            }
        }

        await output.WriteLineAsync($"Đã nhập {created} bài, {skipped} bài đã có, {failed} tệp lỗi.");
        return failed == 0 ? 0 : 1;
    }

    // `dotnet run --project` starts the app in the project folder; the shell's PWD says where the user typed the path.
    private static string Resolve(string path)
    {
        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(path) || string.IsNullOrEmpty(shellDirectory) || !Directory.Exists(shellDirectory)
            ? path
            : Path.GetFullPath(Path.Combine(shellDirectory, path));
    }

    private static List<string> Expand(List<string> paths, TextWriter error, ref int failed)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failed++;
                error.WriteLine($"{path}:0: không có tệp hoặc thư mục này");
            }
        }

        return files;
    }

    // Photos for one export: a sub-folder named like the export (without .txt) if present, else the folder itself.
    private static List<string> ImagesFor(string file, string? imagesDir)
    {
        if (imagesDir is null)
        {
            return [];
        }

        var own = Path.Combine(imagesDir, Path.GetFileNameWithoutExtension(file));
        var folder = Directory.Exists(own) ? own : imagesDir;
        return Directory.EnumerateFiles(folder)
            .Where(f => ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<string> ReadUtf8Async(string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DecoderFallbackException("tệp không phải văn bản UTF-8", ex);
        }
    }
}
