using PublishingPortal.Data;

namespace PublishingPortal.Web.Backup;

/// <summary>
/// <c>manifest.json</c> at the root of a backup archive (decision 007). <see cref="FormatVersion"/> is
/// <see cref="BackupArchive.FormatVersion"/> when written; a restore refuses any other.
/// </summary>
/// <param name="FormatVersion">Layout of the archive; 1 today.</param>
/// <param name="Provider">The database the site used.</param>
/// <param name="CreatedAt">When the database snapshot was taken (UTC).</param>
/// <param name="DatabaseIncluded">False for a <c>--media-only</c> backup (server databases are backed up with their own tools).</param>
/// <param name="Articles">Articles in the snapshot (0 without a database).</param>
/// <param name="MediaAssets">Photo-library rows in the snapshot (0 without a database).</param>
/// <param name="Users">Accounts in the snapshot (0 without a database).</param>
/// <param name="MediaFiles">Files under <c>media/</c> in the archive.</param>
/// <param name="MediaBytes">Their total size in bytes.</param>
/// <param name="MissingOriginals">Library rows whose original was deleted between the snapshot and the file copy.</param>
public sealed record BackupManifest(
    int FormatVersion,
    DatabaseProvider Provider,
    DateTimeOffset CreatedAt,
    bool DatabaseIncluded,
    int Articles,
    int MediaAssets,
    int Users,
    int MediaFiles,
    long MediaBytes,
    int MissingOriginals);
