using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Data;
using PublishingPortal.Web.Backup;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Media;
using Xunit.Abstractions;

namespace PublishingPortal.Web.Tests.Backup;

/// <summary>
/// <c>backup</c> and <c>restore</c> as an operator runs them (issue 9): a backup taken while articles
/// and photos are being saved restores into an empty folder, and a host started on the copy serves every
/// article and photo saved before the backup began.
/// </summary>
public sealed class BackupRestoreTests : IClassFixture<PortalFactory>, IDisposable
{
    private const string Export = """
        PublishingPortal - Block_BanTin_Toolbar

        15/08/2024
        Tăng cỡ chữ Giảm cỡ chữ
        TIÊU_ĐỀ
        Giá cà phê tăng giúp nông dân phấn khởi.

        PublishingPortal - Block_BanTin_ViewData

        Năm nay nhiều hộ thu hoạch sớm hơn mọi năm khoảng hai tuần.

        Thực hiện: Ngọc Đức.
        """;

    private readonly PortalFactory _factory;
    private readonly ITestOutputHelper _log;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-backup-test-" + Guid.NewGuid().ToString("N"));

    public BackupRestoreTests(PortalFactory factory, ITestOutputHelper log)
    {
        _factory = factory;
        _log = log;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Backup_WhileArticlesAndPhotosAreSaved_RestoredHostServesEverySavedBefore()
    {
        var photo = Path.Combine(_folder, "anh.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.NoiseJpeg(1200, 800));
        var saved = new ConcurrentQueue<string>();
        var photos = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var scope = _factory.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
                    .ImportAsync(Export.Replace("TIÊU_ĐỀ", $"Bài sao lưu số {i} {Guid.NewGuid():N}", StringComparison.Ordinal));
                saved.Enqueue(result.Slug);
                var asset = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().AddFileAsync(photo, MediaDetails.None);
                photos.Enqueue(asset.Key);
            }
        });
        while (saved.Count < 5 && !writer.IsCompleted)
        {
            await Task.Delay(20);
        }

        var articlesBefore = saved.ToArray();
        var photosBefore = photos.ToArray();
        var demoPhotos = await _factory.WithDbAsync(db => db.MediaAssets.Select(m => m.Key).ToListAsync());
        var archive = Path.Combine(_folder, "sao-luu.zip");
        var (code, output, error) = await RunAsync(_factory.Services, "backup", archive);
        var savedDuring = saved.Count - articlesBefore.Length;
        await stop.CancelAsync();
        await writer;
        _log.WriteLine($"{output} {error}; articles saved while the backup ran: {savedDuring}; archive {new FileInfo(archive).Length} bytes");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using (var zip = ZipFile.OpenRead(archive))
        {
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("media/variants/", StringComparison.Ordinal));
        }

        var site = Path.Combine(_folder, "khoi-phuc");
        var targets = new BackupTargets(DatabaseProvider.Sqlite, Path.Combine(site, "portal.db"), Path.Combine(site, "media"));
        var (restoreCode, restoreOutput, restoreError) = await RunAsync(targets, "restore", archive);
        Assert.Equal(0, restoreCode);
        Assert.Equal("", restoreError);
        Assert.Contains("Đã khôi phục", restoreOutput, StringComparison.Ordinal);

        await using var restored = new FolderPortalFactory(site);
        using var reader = restored.CreateReader();
        foreach (var slug in articlesBefore)
        {
            using var page = await reader.GetAsync($"/tin-tuc/{slug}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        foreach (var key in photosBefore.Concat(demoPhotos))
        {
            using var variant = await reader.GetAsync($"/media/{key}/320.webp");
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            using var image = TestImages.Decode(await variant.Content.ReadAsByteArrayAsync());
            Assert.Equal(320, image.Width);
        }
    }

    [Fact]
    public async Task Restore_IntoSiteHoldingArticles_RefusedAndNothingChanged()
    {
        var archive = Path.Combine(_folder, "day-du.zip");
        Assert.Equal(0, (await RunAsync(_factory.Services, "backup", archive)).Code);
        var articles = await _factory.WithDbAsync(db => db.Articles.CountAsync());
        var media = MediaFiles(BackupTargets.From(_factory.Services).MediaRoot);

        var (code, _, error) = await RunAsync(_factory.Services, "restore", archive);

        Assert.Equal(1, code);
        Assert.Contains("cơ sở dữ liệu đã có bài viết", error, StringComparison.Ordinal);
        Assert.Equal(articles, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(media, MediaFiles(BackupTargets.From(_factory.Services).MediaRoot));
    }

    [Fact]
    public async Task Restore_IntoMediaFolderHoldingFiles_RefusedAndDatabaseNotCreated()
    {
        var archive = Path.Combine(_folder, "day-du.zip");
        Assert.Equal(0, (await RunAsync(_factory.Services, "backup", archive)).Code);
        var site = Path.Combine(_folder, "co-anh");
        Directory.CreateDirectory(Path.Combine(site, "media", "originals"));
        await File.WriteAllBytesAsync(Path.Combine(site, "media", "originals", "cu.jpg"), TestImages.Jpeg(10, 10));
        var targets = new BackupTargets(DatabaseProvider.Sqlite, Path.Combine(site, "portal.db"), Path.Combine(site, "media"));

        var (code, _, error) = await RunAsync(targets, "restore", archive);

        Assert.Equal(1, code);
        Assert.Contains("thư mục ảnh đã có tệp (originals/cu.jpg)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(targets.SqliteFile));
        Assert.Equal(["originals/cu.jpg"], MediaFiles(targets.MediaRoot));
    }

    [Theory]
    [InlineData("not-zip", "không phải tệp sao lưu")]
    [InlineData("no-manifest", "thiếu manifest.json")]
    [InlineData("version-2", "phiên bản 2")]
    [InlineData("zip-slip", "không hợp lệ")]
    [InlineData("absolute", "không hợp lệ")]
    [InlineData("other-entry", "không hợp lệ")]
    [InlineData("bad-database", "bị hỏng")]
    public async Task Restore_BadArchive_RefusedCleanlyAndNothingWritten(string kind, string expected)
    {
        var archive = Path.Combine(_folder, kind + ".zip");
        WriteBadArchive(archive, kind);
        var site = Directory.CreateDirectory(Path.Combine(_folder, "trong", "site")).FullName;
        var targets = new BackupTargets(DatabaseProvider.Sqlite, Path.Combine(site, "portal.db"), Path.Combine(site, "media"));

        var (code, _, error) = await RunAsync(targets, "restore", archive);

        Assert.Equal(1, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(targets.SqliteFile));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "trong"), "*", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(_folder, "trong", "thoat.txt")));
    }

    [Fact]
    public async Task Backup_PostgreSql_RefusedNamingPgDump_MediaOnlyWritesMedia()
    {
        var media = Path.Combine(_folder, "media");
        Directory.CreateDirectory(Path.Combine(media, "originals"));
        await File.WriteAllBytesAsync(Path.Combine(media, "originals", "a.jpg"), TestImages.Jpeg(10, 10));
        Directory.CreateDirectory(Path.Combine(media, "variants", "k"));
        await File.WriteAllBytesAsync(Path.Combine(media, "variants", "k", "320-q82-v1.jpg"), TestImages.Jpeg(10, 10));
        var targets = new BackupTargets(DatabaseProvider.PostgreSql, null, media);
        var archive = Path.Combine(_folder, "pg.zip");

        var (refused, _, error) = await RunAsync(targets, "backup", archive);
        var (mediaOnly, said, _) = await RunAsync(targets, "backup", archive, "--media-only");

        Assert.Equal(1, refused);
        Assert.Contains("pg_dump", error, StringComparison.Ordinal);
        Assert.Equal(0, mediaOnly);

        // No "0 bài, 0 tài khoản" for an archive that holds no database: that reads like lost articles.
        Assert.StartsWith("Đã sao lưu thư mục ảnh vào", said, StringComparison.Ordinal);
        Assert.DoesNotContain("bài", said, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(archive);
        Assert.Equal(["manifest.json", "media/originals/a.jpg"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        await using var stream = await zip.GetEntry("manifest.json")!.OpenAsync();
        using var manifest = await JsonDocument.ParseAsync(stream);
        Assert.Equal("PostgreSql", manifest.RootElement.GetProperty("provider").GetString());
        Assert.False(manifest.RootElement.GetProperty("databaseIncluded").GetBoolean());
        Assert.Equal(1, manifest.RootElement.GetProperty("formatVersion").GetInt32());
    }

    [Fact]
    public async Task Backup_SqlServer_RefusedNamingBackupDatabase()
    {
        var targets = new BackupTargets(DatabaseProvider.SqlServer, null, Path.Combine(_folder, "media"));

        var (code, _, error) = await RunAsync(targets, "backup", Path.Combine(_folder, "ss.zip"));

        Assert.Equal(1, code);
        Assert.Contains("BACKUP DATABASE", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "ss.zip")));
    }

    [Fact]
    public async Task Backup_ToExistingFile_RefusedAndFileKept()
    {
        var archive = Path.Combine(_folder, "co-roi.zip");
        await File.WriteAllTextAsync(archive, "giữ nguyên");

        var (code, _, error) = await RunAsync(_factory.Services, "backup", archive);

        Assert.Equal(1, code);
        Assert.Contains("đã có tệp này", error, StringComparison.Ordinal);
        Assert.Equal("giữ nguyên", await File.ReadAllTextAsync(archive));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Run_WithoutFile_UsageErrorCode2(string verb)
    {
        var (code, _, error) = await RunAsync(_factory.Services, verb);

        Assert.Equal(2, code);
        Assert.Contains("Cách dùng: " + verb, error, StringComparison.Ordinal);
    }

    [Fact]
    public void HostArguments_KeepsSettingsDropsFileAndMediaOnly()
    {
        var host = BackupCommand.HostArguments(["backup", "a.zip", "--media-only", "--Site:MediaPath=/srv/media", "--ConnectionStrings:Portal", "Data Source=/tmp/x.db"]);

        Assert.Equal(["--Site:MediaPath=/srv/media", "--ConnectionStrings:Portal", "Data Source=/tmp/x.db"], host);
    }

    private static List<string> MediaFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("variants/", StringComparison.Ordinal) && !f.StartsWith("tmp/", StringComparison.Ordinal) && !f.StartsWith("system/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void WriteBadArchive(string path, string kind)
    {
        if (kind == "not-zip")
        {
            File.WriteAllText(path, "đây không phải tệp zip");
            return;
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        if (kind != "no-manifest")
        {
            var version = kind == "version-2" ? 2 : 1;
            Write(zip, "manifest.json", $$"""{"formatVersion":{{version}},"provider":"Sqlite","createdAt":"2026-12-07T00:00:00Z","databaseIncluded":true,"articles":0,"mediaAssets":0,"users":0,"mediaFiles":1,"mediaBytes":3,"missingOriginals":0}""");
        }

        Write(zip, "database/portal.db", kind == "bad-database" ? "không phải SQLite" : "");
        switch (kind)
        {
            case "zip-slip":
                Write(zip, "media/../../thoat.txt", "x");
                break;
            case "absolute":
                Write(zip, "media//etc/thoat.txt", "x");
                break;
            case "other-entry":
                Write(zip, "khac/thoat.txt", "x");
                break;
            default:
                Write(zip, "media/originals/a.jpg", "abc");
                break;
        }
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(IServiceProvider services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BackupCommand.RunAsync(services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(BackupTargets targets, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BackupCommand.RunAsync(targets, TimeProvider.System, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
