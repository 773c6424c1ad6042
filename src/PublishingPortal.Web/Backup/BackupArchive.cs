using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Backup;

/// <summary>
/// Writes a backup archive (decision 007): a ZIP holding <c>manifest.json</c>, <c>database/portal.db</c>
/// (a SQLite snapshot taken with the online backup API, so the pages still in the WAL file are in it and
/// the site keeps running) and <c>media/…</c> (the media folder without <c>variants/</c>, <c>tmp/</c> and
/// <c>system/</c>, which the site makes again on request). The archive is written under a temporary name
/// beside the target and renamed when complete, so a failed backup never leaves a file that looks whole.
/// </summary>
public static class BackupArchive
{
    /// <summary>Layout version written into the manifest; a restore reads only this one.</summary>
    public const int FormatVersion = 1;

    /// <summary>Entry name of the manifest.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>Entry name of the SQLite snapshot.</summary>
    public const string DatabaseEntry = "database/portal.db";

    /// <summary>Prefix of every media entry; the rest is the path under the media folder, with <c>/</c>.</summary>
    public const string MediaPrefix = "media/";

    /// <summary>Top-level media sub-folders left out: made again by the site (variants, placeholder) or transient (uploads being checked).</summary>
    public static IReadOnlyList<string> RegeneratedFolders { get; } = ["variants", "tmp", "system"];

    /// <summary>JSON shape of the manifest (camelCase, the provider by name).</summary>
    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    // Already compressed: deflating them again costs time and saves nothing.
    private static readonly string[] StoredExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    /// <summary>Writes the archive.</summary>
    /// <param name="archivePath">The archive to create; must not exist.</param>
    /// <param name="targets">The site's database and media folder.</param>
    /// <param name="mediaOnly">Leave the database out (required for SQL Server and PostgreSQL).</param>
    /// <param name="clock">Time of the snapshot.</param>
    /// <param name="cancellationToken">Stops the backup (nothing is left behind).</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="BackupRefusedException">The file exists, the database is a server one without <paramref name="mediaOnly"/>, or the SQLite file is missing.</exception>
    public static async Task<BackupManifest> WriteAsync(
        string archivePath, BackupTargets targets, bool mediaOnly, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (File.Exists(archivePath) || Directory.Exists(archivePath))
        {
            throw new BackupRefusedException($"{archivePath}: đã có tệp này; hãy chọn tên khác, bản sao lưu không ghi đè.");
        }

        if (!mediaOnly && targets.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupRefusedException(ServerDatabaseMessage(targets.Provider));
        }

        if (!mediaOnly && (targets.SqliteFile is null || !File.Exists(targets.SqliteFile)))
        {
            throw new BackupRefusedException($"{targets.SqliteFile}: không có tệp cơ sở dữ liệu để sao lưu.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(archivePath))!;
        if (!Directory.Exists(folder))
        {
            throw new BackupRefusedException($"{folder}: thư mục không tồn tại.");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(archivePath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        var snapshot = Path.Combine(Path.GetTempPath(), "pp-backup-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var createdAt = clock.GetUtcNow();
            var counts = mediaOnly ? new SnapshotCounts(0, 0, 0, []) : TakeSnapshot(targets.SqliteFile!, snapshot);
            BackupManifest manifest;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
                if (!mediaOnly)
                {
                    await AddFileAsync(zip, DatabaseEntry, snapshot, CompressionLevel.Optimal, cancellationToken);
                }

                var (files, bytes, names) = await AddMediaAsync(zip, targets.MediaRoot, cancellationToken);
                var missing = counts.StoredNames.Count(n => !names.Contains("originals/" + n));
                manifest = new BackupManifest(
                    FormatVersion, targets.Provider, createdAt, !mediaOnly, counts.Articles, counts.MediaAssets, counts.Users, files, bytes, missing);
                var entry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
                await using var manifestStream = await entry.OpenAsync(cancellationToken);
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, cancellationToken);
            }

            File.Move(temporary, archivePath);
            return manifest;
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(snapshot);
        }
    }

    /// <summary>What to use instead of this command for a server database.</summary>
    /// <param name="provider">SQL Server or PostgreSQL.</param>
    /// <returns>One Vietnamese paragraph naming the tool.</returns>
    public static string ServerDatabaseMessage(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql
        ? "Cơ sở dữ liệu PostgreSQL không sao lưu bằng lệnh này: hãy dùng pg_dump (ví dụ pg_dump -Fc -f portal.dump TÊN_CSDL, khôi phục bằng pg_restore), rồi chạy lại lệnh với --media-only để sao lưu thư mục ảnh."
        : "Cơ sở dữ liệu SQL Server không sao lưu bằng lệnh này: hãy dùng BACKUP DATABASE (ví dụ BACKUP DATABASE [TÊN_CSDL] TO DISK = N'portal.bak', khôi phục bằng RESTORE DATABASE), rồi chạy lại lệnh với --media-only để sao lưu thư mục ảnh.";

    // The online backup API copies a consistent image (the WAL included) while the site keeps writing.
    private static SnapshotCounts TakeSnapshot(string databaseFile, string snapshot)
    {
        try
        {
            using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
            using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                source.Open();
                destination.Open();
                source.BackupDatabase(destination);
            }

            using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString());
            copy.Open();

            // One self-contained file: the snapshot must not need a -wal beside it inside the archive.
            Execute(copy, "PRAGMA journal_mode=DELETE");
            var storedNames = new List<string>();
            if (TableExists(copy, "MediaAssets"))
            {
                using var command = copy.CreateCommand();
                command.CommandText = "SELECT \"StoredName\" FROM \"MediaAssets\"";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    storedNames.Add(reader.GetString(0));
                }
            }

            return new SnapshotCounts(Count(copy, "Articles"), storedNames.Count, Count(copy, "AspNetUsers"), storedNames);
        }
        catch (SqliteException ex)
        {
            throw new BackupRefusedException($"{databaseFile}: không đọc được cơ sở dữ liệu SQLite ({ex.Message}).", ex);
        }
    }

    private static async Task<(int Files, long Bytes, HashSet<string> Names)> AddMediaAsync(ZipArchive zip, string mediaRoot, CancellationToken cancellationToken)
    {
        int files = 0;
        long bytes = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(mediaRoot))
        {
            return (files, bytes, names);
        }

        foreach (var path in Directory.EnumerateFiles(mediaRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(mediaRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            if (RegeneratedFolders.Any(f => relative.StartsWith(f + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            var level = StoredExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            try
            {
                bytes += await AddFileAsync(zip, MediaPrefix + relative, path, level, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                // Deleted since the listing (a photo removed from the library meanwhile): not part of the backup.
                continue;
            }

            files++;
            names.Add(relative);
        }

        return (files, bytes, names);
    }

    private static async Task<long> AddFileAsync(ZipArchive zip, string entryName, string path, CompressionLevel level, CancellationToken cancellationToken)
    {
        // Open first: a file that vanished must not leave an empty entry behind.
        await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        var entry = zip.CreateEntry(entryName, level);
        entry.LastWriteTime = File.GetLastWriteTimeUtc(path);
        await using var target = await entry.OpenAsync(cancellationToken);
        await source.CopyToAsync(target, cancellationToken);
        return source.Length;
    }

    internal static bool TableExists(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    internal static int Count(SqliteConnection connection, string table)
    {
        if (!TableExists(connection, table))
        {
            return 0;
        }

        using var command = connection.CreateCommand();

        // The table name is one of ours, never input.
#pragma warning disable CA2100
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
#pragma warning restore CA2100
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant text
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private sealed record SnapshotCounts(int Articles, int MediaAssets, int Users, List<string> StoredNames);
}
