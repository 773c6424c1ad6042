using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Areas.Admin.Models.Media;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Imaging;

namespace PublishingPortal.Web.Media;

/// <summary>
/// The media library: takes files in (every check of <see cref="ImageInspector"/>, then the original is
/// stored under a generated name and the row saved; a refusal leaves no file and no row), lists and
/// searches photos, edits what editors say about them, tells where a photo is used and deletes it only
/// when it is used nowhere. Uploads and deletions are audited in the same save as the change.
/// </summary>
public sealed partial class MediaLibrary
{
    /// <summary>Photos per library page.</summary>
    public const int PageSize = 24;

    /// <summary>The message when a photo would be used with neither alt text nor the decorative mark.</summary>
    public const string AltRequiredMessage = "Hãy nhập mô tả ảnh cho người không nhìn thấy ảnh, hoặc đánh dấu đây là ảnh trang trí.";

    /// <summary>Name of the uploader of seeded and imported photos.</summary>
    public const string SystemUploader = "hệ thống";

    private readonly PortalDbContext _db;
    private readonly MediaStorage _storage;
    private readonly VariantStore _variants;
    private readonly MediaOptions _options;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;
    private readonly ILogger<MediaLibrary> _logger;

    /// <summary>Creates the library.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="storage">Media folder layout.</param>
    /// <param name="variants">Variant store (forgets deleted photos).</param>
    /// <param name="options">Limits.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="logger">Logger.</param>
    public MediaLibrary(
        PortalDbContext db,
        MediaStorage storage,
        VariantStore variants,
        IOptions<MediaOptions> options,
        AuditLog audit,
        TimeProvider clock,
        ILogger<MediaLibrary> logger)
    {
        _db = db;
        _storage = storage;
        _variants = variants;
        _options = options.Value;
        _audit = audit;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The upload limits, for messages and the page.</summary>
    public MediaOptions Limits => _options;

    /// <summary>
    /// Stores one uploaded file: copied to a temporary file (at most <c>Media:MaxBytes</c> + 1 bytes are
    /// read), checked, moved under a generated name, saved with an audit entry.
    /// </summary>
    /// <param name="content">The upload's body.</param>
    /// <param name="fileName">File name the browser sent; shown to editors, never used as a path.</param>
    /// <param name="details">Alt text, caption, credit given with the upload (may be <see cref="MediaDetails.None"/>).</param>
    /// <param name="userId">Uploader's id, or null.</param>
    /// <param name="userName">Uploader's display name.</param>
    /// <param name="cancellationToken">Cancels the upload (nothing is left behind).</param>
    /// <returns>The stored photo, or the Vietnamese reason for refusing it.</returns>
    public async Task<MediaUploadResult> UploadAsync(
        Stream content, string? fileName, MediaDetails details, string? userId, string userName, CancellationToken cancellationToken = default)
    {
        var name = CleanFileName(fileName);
        var temporary = _storage.NewTempFile();
        try
        {
            long copied;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                copied = await CopyAtMostAsync(content, file, _options.MaxBytes + 1, cancellationToken);
            }

            if (copied > _options.MaxBytes)
            {
                return new MediaUploadResult(name, null, ImageInspector.TooLargeMessage(name, _options.MaxBytes));
            }

            var asset = await StoreAsync(temporary, name, details, userId, userName, audit: true, cancellationToken);
            return new MediaUploadResult(name, asset, null);
        }
        catch (InvalidImageException ex)
        {
            LogRefused(name, ex.Reason);
            return new MediaUploadResult(name, null, ex.Message);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Adds a file from disk (demo content, the import command) through the same checks as an upload;
    /// the file itself is copied, not moved. Not audited: the caller is a system task.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="details">Alt text, caption, credit.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored photo.</returns>
    /// <exception cref="InvalidImageException">The file is refused; nothing was stored.</exception>
    public async Task<MediaAsset> AddFileAsync(string path, MediaDetails details, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new InvalidImageException(ImageRefusal.Other, $"{path}: không tìm thấy tệp ảnh.");
        }

        var temporary = _storage.NewTempFile();
        try
        {
            File.Copy(path, temporary);
            return await StoreAsync(temporary, CleanFileName(path), details, null, SystemUploader, audit: false, cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Removes a photo just stored by <see cref="AddFileAsync"/> when the caller's own save failed.</summary>
    /// <param name="asset">The photo (saved).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when removed.</returns>
    public async Task RemoveUnusedAsync(MediaAsset asset, CancellationToken cancellationToken = default)
    {
        await _db.MediaAssets.Where(m => m.Id == asset.Id).ExecuteDeleteAsync(cancellationToken);
        DeleteFiles(asset);
    }

    /// <summary>One page of photos, newest first, optionally filtered.</summary>
    /// <param name="query">Words that must all appear (case- and diacritic-insensitive) in file name, alt text, caption or credit.</param>
    /// <param name="missingAltOnly">Only photos without alt text and not decorative.</param>
    /// <param name="page">1-based page; clamped.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page (two queries).</returns>
    public async Task<MediaListPage> ListAsync(string? query, bool missingAltOnly, int page, CancellationToken cancellationToken = default)
    {
        var typed = (query ?? "").Trim();
        var photos = _db.MediaAssets.AsNoTracking();
        foreach (var word in MediaAsset.Fold(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            photos = photos.Where(m => m.SearchText.Contains(word));
        }

        if (missingAltOnly)
        {
            photos = photos.Where(m => !m.IsDecorative && m.AltText == "");
        }

        var paging = Paging.Clamped(page, PageSize, await photos.CountAsync(cancellationToken));
        var items = await photos.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(m => new MediaListItem(m.Id, m.Key, m.OriginalFileName, m.Width, m.Height, m.Bytes, m.AltText, m.IsDecorative, m.Caption, m.Credit, m.UploadedByName, m.UploadedAt))
            .ToListAsync(cancellationToken);
        return new MediaListPage(items, typed, missingAltOnly, paging);
    }

    /// <summary>Finds a photo by id (tracked).</summary>
    /// <param name="id">Database id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The photo or null.</returns>
    public Task<MediaAsset?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        _db.MediaAssets.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// Where a photo is used: figures whose <c>ImagePath</c> is one of its variant URLs (the lead photo
    /// included), and article bodies that link a variant URL directly. Every workflow state counts.
    /// </summary>
    /// <param name="key">Asset key.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Uses, by article id (two queries).</returns>
    public async Task<IReadOnlyList<MediaUsage>> UsageAsync(string key, CancellationToken cancellationToken = default)
    {
        var prefix = MediaUrls.AssetPrefix(key);
        var figures = await _db.Figures.AsNoTracking()
            .Where(f => f.ImagePath != null && f.ImagePath.StartsWith(prefix))
            .Join(_db.Articles, f => f.ArticleId, a => a.Id, (f, a) => new { a.Id, a.Title, a.Status, f.Order })
            .ToListAsync(cancellationToken);
        var bodies = await _db.Articles.AsNoTracking()
            .Where(a => a.BodyMarkdown.Contains(prefix))
            .Select(a => new { a.Id, a.Title, a.Status })
            .ToListAsync(cancellationToken);
        return figures
            .Select(f => new MediaUsage(f.Id, f.Title, f.Status, f.Order == LeadPhoto.FigureOrder
                ? "Ảnh đại diện"
                : string.Create(CultureInfo.InvariantCulture, $"Ảnh {f.Order} trong bài")))
            .Concat(bodies.Select(b => new MediaUsage(b.Id, b.Title, b.Status, "Liên kết trong nội dung")))
            .OrderBy(u => u.ArticleId)
            .ToList();
    }

    /// <summary>
    /// The other side of <see cref="UsageAsync"/>, for the article editor's "Ảnh của bài" panel: the article's
    /// lead photo (the figure at <see cref="LeadPhoto.FigureOrder"/> with a photo), how many body figures it
    /// has and how many of them still miss their photo (imported "photo missing" figures).
    /// </summary>
    /// <param name="articleId">Article id; an unknown id gives an empty summary.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The summary (one query).</returns>
    public async Task<ArticlePhotosSummary> ArticlePhotosSummaryAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var figures = await _db.Figures.AsNoTracking().Where(f => f.ArticleId == articleId)
            .Select(f => new { f.Order, f.ImagePath, f.Width, f.Height, f.Caption })
            .ToListAsync(cancellationToken);
        var lead = figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder && f.ImagePath != null);
        var body = figures.Where(f => f.Order != LeadPhoto.FigureOrder).ToList();
        return new ArticlePhotosSummary(articleId, lead?.ImagePath, lead?.Width, lead?.Height, lead?.Caption ?? "", body.Count, body.Count(f => f.ImagePath == null));
    }

    /// <summary>Saves what an editor says about a photo, with an audit entry.</summary>
    /// <param name="asset">Tracked photo from <see cref="FindAsync"/>.</param>
    /// <param name="details">Validated details (alt text present unless decorative).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    public async Task UpdateAsync(MediaAsset asset, MediaDetails details, CancellationToken cancellationToken = default)
    {
        Apply(asset, details);
        _audit.Add(MediaAuditActions.Updated, Target(asset.Id), $"Sửa thông tin ảnh \"{asset.OriginalFileName}\"");
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes a photo that is used nowhere: the row (with an audit entry), then the original and every
    /// cached variant.
    /// </summary>
    /// <param name="asset">Tracked photo.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Null when deleted; otherwise the Vietnamese reason (nothing changed).</returns>
    public async Task<string?> DeleteAsync(MediaAsset asset, CancellationToken cancellationToken = default)
    {
        var uses = await UsageAsync(asset.Key, cancellationToken);
        if (uses.Count > 0)
        {
            var articles = uses.Select(u => u.ArticleId).Distinct().Count();
            return string.Create(CultureInfo.InvariantCulture, $"Không xoá được: ảnh đang được dùng trong {articles} bài viết. Hãy gỡ ảnh khỏi các bài đó trước.");
        }

        _db.MediaAssets.Remove(asset);
        _audit.Add(MediaAuditActions.Deleted, Target(asset.Id), $"Xoá ảnh \"{asset.OriginalFileName}\" ({asset.Width}×{asset.Height})");
        await _db.SaveChangesAsync(cancellationToken);
        DeleteFiles(asset);
        return null;
    }

    /// <summary>Audit target of a photo, e.g. "Media:7".</summary>
    /// <param name="id">Photo id.</param>
    /// <returns>The target string.</returns>
    public static string Target(int id) => "Media:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The file name as text only: the last path segment of whatever the browser sent (either slash),
    /// control characters removed, NFC, at most <see cref="MediaAsset.OriginalFileNameMaxLength"/> characters.
    /// </summary>
    /// <param name="fileName">Raw name, may be null or hostile.</param>
    /// <returns>A display name, "anh" when nothing is left.</returns>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'))
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString().Trim();
        if (clean.Length > MediaAsset.OriginalFileNameMaxLength)
        {
            clean = clean[..MediaAsset.OriginalFileNameMaxLength];
        }

        return clean.Length == 0 ? "anh" : clean;
    }

    private async Task<MediaAsset> StoreAsync(
        string temporary, string name, MediaDetails details, string? userId, string userName, bool audit, CancellationToken cancellationToken)
    {
        var inspector = new ImageInspector(_options.MaxBytes, _options.MaxPixels, _options.MaxFrames);
        var image = await Task.Run(() => inspector.Inspect(temporary, name), cancellationToken);
        var key = Guid.NewGuid().ToString("N");
        var asset = new MediaAsset
        {
            Key = key,
            // Not derived from the public key: knowing a variant URL must not name the original's file.
            StoredName = Guid.NewGuid().ToString("N") + image.Format.Extension(),
            OriginalFileName = name,
            ContentType = image.Format.ContentType(),
            Bytes = image.Bytes,
            Width = image.Width,
            Height = image.Height,
            UploadedById = userId,
            UploadedByName = userName.Length > 256 ? userName[..256] : userName,
            UploadedAt = _clock.GetUtcNow(),
        };
        Apply(asset, details);
        var original = _storage.Original(asset.StoredName);
        File.Move(temporary, original);
        try
        {
            // The audit entry names the new id: two saves in one transaction.
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            _db.MediaAssets.Add(asset);
            await _db.SaveChangesAsync(cancellationToken);
            if (audit)
            {
                _audit.Add(MediaAuditActions.Uploaded, Target(asset.Id), string.Create(
                    CultureInfo.InvariantCulture, $"Tải lên ảnh \"{name}\" ({image.Width}×{image.Height}, {image.Bytes} byte)"));
                await _db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            File.Delete(original);
            _db.ChangeTracker.Clear();
            throw;
        }

        LogStored(asset.Id, asset.Width, asset.Height, asset.Bytes);
        return asset;
    }

    private static void Apply(MediaAsset asset, MediaDetails details)
    {
        asset.IsDecorative = details.IsDecorative;
        asset.AltText = details.IsDecorative ? "" : Clean(details.AltText, MediaAsset.AltTextMaxLength);
        asset.Caption = Clean(details.Caption, MediaAsset.CaptionMaxLength);
        var credit = Clean(details.Credit ?? "", MediaAsset.CreditMaxLength);
        asset.Credit = credit.Length == 0 ? null : credit;
        asset.RefreshSearchText();
    }

    private static string Clean(string text, int max)
    {
        var clean = text.Normalize(NormalizationForm.FormC).Trim();
        return clean.Length <= max ? clean : clean[..max];
    }

    private void DeleteFiles(MediaAsset asset)
    {
        File.Delete(_storage.Original(asset.StoredName));
        var variants = _storage.VariantFolder(asset.Key);
        if (Directory.Exists(variants))
        {
            Directory.Delete(variants, recursive: true);
        }

        _variants.Forget(asset.Key);
    }

    private static async Task<long> CopyAtMostAsync(Stream source, Stream destination, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        while (total < limit)
        {
            var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Media {Id} stored: {Width}x{Height}, {Bytes} bytes")]
    private partial void LogStored(int id, int width, int height, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {FileName} refused: {Reason}")]
    private partial void LogRefused(string fileName, ImageRefusal reason);
}
