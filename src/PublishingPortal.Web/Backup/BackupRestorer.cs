using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Backup;

/// <summary>
/// Restores a backup archive (decision 007) into an empty site: the SQLite database holds no article,
/// photo or account (a file that does not exist yet is empty) and the media folder holds no file outside
/// <c>variants/</c>, <c>tmp/</c> and <c>system/</c>. Everything is checked before anything is written:
/// the archive opens as a ZIP, its manifest is present with <see cref="BackupArchive.FormatVersion"/>,
/// every entry is the manifest, the database or a path under <c>media/</c> that stays inside the media
/// folder (no <c>..</c>, no rooted name: zip-slip), and the database passes SQLite's integrity check.
/// Then the database is copied in with the online backup API and the media files are extracted to a
/// staging folder inside the media folder and renamed into place.
/// </summary>
public static class BackupRestorer
{
    private static readonly string[] DataTables = ["Articles", "MediaAssets", "AspNetUsers"];

    /// <summary>Restores the archive.</summary>
    /// <param name="archivePath">A file written by <see cref="BackupArchive.WriteAsync"/>.</param>
    /// <param name="targets">The empty site to restore into.</param>
    /// <param name="cancellationToken">Stops the restore before the database is written.</param>
    /// <returns>The archive's manifest.</returns>
    /// <exception cref="BackupRefusedException">The archive is bad or the target holds data; nothing was changed.</exception>
    public static async Task<BackupManifest> RestoreAsync(string archivePath, BackupTargets targets, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(archivePath))
        {
            throw new BackupRefusedException($"{archivePath}: không có tệp này.");
        }

        using var zip = OpenZip(archivePath);
        var manifest = await ReadManifestAsync(zip, archivePath, cancellationToken);
        var mediaRoot = Path.GetFullPath(targets.MediaRoot);
        var media = CheckEntries(zip, archivePath, mediaRoot, manifest.DatabaseIncluded);
        if (manifest.DatabaseIncluded && targets.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupRefusedException(
                $"{archivePath}: bản sao lưu chứa cơ sở dữ liệu SQLite, còn trang đang cấu hình {targets.Provider}; hãy khôi phục vào một trang dùng SQLite.");
        }

        if (manifest.DatabaseIncluded && HoldsData(targets.SqliteFile!))
        {
            throw new BackupRefusedException(
                $"{targets.SqliteFile}: cơ sở dữ liệu đã có bài viết, ảnh hoặc tài khoản; chỉ khôi phục vào cơ sở dữ liệu trống (chọn tệp mới trong ConnectionStrings:Portal).");
        }

        var existing = MediaFilesHeld(mediaRoot);
        if (existing is not null)
        {
            throw new BackupRefusedException(
                $"{mediaRoot}: thư mục ảnh đã có tệp ({existing}); chỉ khôi phục vào thư mục ảnh trống (chọn thư mục mới trong Site:MediaPath).");
        }

        var staging = Path.Combine(mediaRoot, "tmp", "restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            string? snapshot = null;
            if (manifest.DatabaseIncluded)
            {
                snapshot = Path.Combine(staging, "portal.db");
                Directory.CreateDirectory(staging);
                await ExtractAsync(zip.GetEntry(BackupArchive.DatabaseEntry)!, snapshot, cancellationToken);
                CheckIntegrity(snapshot, archivePath);
            }

            var files = Path.Combine(staging, "media");
            foreach (var (entry, relative) in media)
            {
                await ExtractAsync(entry, Path.Combine(files, relative), cancellationToken);
            }

            if (snapshot is not null)
            {
                CopyDatabase(snapshot, targets.SqliteFile!);
            }

            foreach (var (_, relative) in media)
            {
                var target = Path.Combine(mediaRoot, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(files, relative), target);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return manifest;
    }

    private static ZipArchive OpenZip(string archivePath)
    {
        try
        {
            return ZipFile.OpenRead(archivePath);
        }
        catch (InvalidDataException ex)
        {
            throw new BackupRefusedException($"{archivePath}: không phải tệp sao lưu (không đọc được dạng ZIP).", ex);
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string archivePath, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupArchive.ManifestEntry)
            ?? throw new BackupRefusedException($"{archivePath}: thiếu {BackupArchive.ManifestEntry}; đây không phải bản sao lưu của cổng.");
        BackupManifest? manifest;
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupArchive.Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new BackupRefusedException($"{archivePath}: {BackupArchive.ManifestEntry} không đọc được.", ex);
        }

        if (manifest is null)
        {
            throw new BackupRefusedException($"{archivePath}: {BackupArchive.ManifestEntry} không đọc được.");
        }

        if (manifest.FormatVersion != BackupArchive.FormatVersion)
        {
            throw new BackupRefusedException(
                $"{archivePath}: định dạng bản sao lưu phiên bản {manifest.FormatVersion}, phiên bản này của cổng chỉ đọc phiên bản {BackupArchive.FormatVersion}.");
        }

        if (manifest.DatabaseIncluded && zip.GetEntry(BackupArchive.DatabaseEntry) is null)
        {
            throw new BackupRefusedException($"{archivePath}: thiếu {BackupArchive.DatabaseEntry} mà {BackupArchive.ManifestEntry} ghi là có.");
        }

        return manifest;
    }

    // Every entry is named before any is written: one bad name refuses the whole archive.
    private static List<(ZipArchiveEntry Entry, string Relative)> CheckEntries(ZipArchive zip, string archivePath, string mediaRoot, bool databaseIncluded)
    {
        var media = new List<(ZipArchiveEntry, string)>();
        var inside = mediaRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name == BackupArchive.ManifestEntry || (databaseIncluded && name == BackupArchive.DatabaseEntry))
            {
                continue;
            }

            var relative = name.StartsWith(BackupArchive.MediaPrefix, StringComparison.Ordinal) ? name[BackupArchive.MediaPrefix.Length..] : null;
            var segments = relative?.Split('/') ?? [];
            var safe = relative is not null
                && !name.Contains('\\', StringComparison.Ordinal)
                && !name.Contains(':', StringComparison.Ordinal)
                && !segments.Any(s => s is ".." or ".")
                && !Path.IsPathRooted(relative);
            if (safe && name.EndsWith('/'))
            {
                continue;
            }

            var target = safe ? Path.GetFullPath(Path.Combine(mediaRoot, relative!.Replace('/', Path.DirectorySeparatorChar))) : null;
            if (target is null || !target.StartsWith(inside, StringComparison.Ordinal) || segments.Any(s => s.Length == 0)
                || BackupArchive.RegeneratedFolders.Contains(segments[0]))
            {
                throw new BackupRefusedException($"{archivePath}: mục \"{name}\" không hợp lệ (đường dẫn ra ngoài thư mục ảnh hoặc không thuộc bản sao lưu); không khôi phục gì.");
            }

            media.Add((entry, Path.GetRelativePath(mediaRoot, target)));
        }

        return media;
    }

    private static bool HoldsData(string databaseFile)
    {
        if (!File.Exists(databaseFile) || new FileInfo(databaseFile).Length == 0)
        {
            return false;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return DataTables.Any(t => BackupArchive.Count(connection, t) > 0);
    }

    private static string? MediaFilesHeld(string mediaRoot)
    {
        if (!Directory.Exists(mediaRoot))
        {
            return null;
        }

        return Directory.EnumerateFiles(mediaRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(mediaRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .FirstOrDefault(r => !BackupArchive.RegeneratedFolders.Any(f => r.StartsWith(f + "/", StringComparison.Ordinal)));
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using var source = await entry.OpenAsync(cancellationToken);
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await source.CopyToAsync(target, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new BackupRefusedException($"{entry.FullName}: mục trong bản sao lưu bị hỏng.", ex);
        }
    }

    private static void CheckIntegrity(string snapshot, string archivePath)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            if (command.ExecuteScalar() as string != "ok")
            {
                throw new BackupRefusedException($"{archivePath}: cơ sở dữ liệu trong bản sao lưu không qua được kiểm tra toàn vẹn.");
            }
        }
        catch (SqliteException ex)
        {
            throw new BackupRefusedException($"{archivePath}: cơ sở dữ liệu trong bản sao lưu bị hỏng ({ex.Message}).", ex);
        }
    }

    // The backup API writes the target's pages under SQLite's own locks, whatever journal mode it has.
    private static void CopyDatabase(string snapshot, string databaseFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }
}
