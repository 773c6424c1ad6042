using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NetVips;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Imaging;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Finds or makes the variant behind <c>/media/{key}/{width}.{webp|jpg}</c>. Only widths in
/// <c>Media:Widths</c> exist; a width at or above the original's is clamped to the original (the same
/// cached file answers every such width, so nothing is ever upscaled and the disk holds at most
/// widths × 2 files per photo). A variant is made once: concurrent first requests share one task
/// (per file), that task writes to a temporary name and moves it into place, and at most
/// <c>Media:MaxConcurrentVariants</c> are made at a time. Facts about an asset (original file, width)
/// are immutable, so they are remembered in memory; nothing else is.
/// </summary>
public sealed partial class VariantStore : IDisposable
{
    private readonly MediaStorage _storage;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<VariantStore> _logger;
    private readonly HashSet<int> _widths;
    private readonly SemaphoreSlim _encoders;
    private readonly MemoryCache _sources = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task>> _making = new(StringComparer.Ordinal);
    private readonly Lazy<string> _placeholder;
    private long _made;

    /// <summary>Creates the store.</summary>
    /// <param name="storage">Media folder layout.</param>
    /// <param name="options">Widths and concurrency.</param>
    /// <param name="scopes">For the database lookup of an asset not yet remembered.</param>
    /// <param name="logger">Logger.</param>
    public VariantStore(MediaStorage storage, IOptions<MediaOptions> options, IServiceScopeFactory scopes, ILogger<VariantStore> logger)
    {
        _storage = storage;
        _scopes = scopes;
        _logger = logger;
        _widths = [.. options.Value.EffectiveWidths];
        _encoders = new SemaphoreSlim(options.Value.MaxConcurrentVariants);
        _placeholder = new Lazy<string>(() =>
        {
            PlaceholderImage.EnsureWritten(storage.PlaceholderMaster);
            return storage.PlaceholderMaster;
        });
    }

    /// <summary>Variants made (encoded and written) by this process since start; a cache hit does not count.</summary>
    public long MadeCount => Interlocked.Read(ref _made);

    /// <summary>True when <paramref name="width"/> is one of the configured widths.</summary>
    /// <param name="width">Pixels.</param>
    /// <returns>Whether a variant of that width may exist.</returns>
    public bool IsAllowedWidth(int width) => _widths.Contains(width);

    /// <summary>Finds the variant, making and caching it first if needed.</summary>
    /// <param name="key">Asset key or <see cref="MediaUrls.PlaceholderKey"/>.</param>
    /// <param name="width">Requested width.</param>
    /// <param name="format">Encoding.</param>
    /// <param name="cancellationToken">Stops waiting (the variant is still made for the others).</param>
    /// <returns>The file, or null when the width is not allowed, the key is unknown or the original cannot be read.</returns>
    public async Task<VariantFile?> GetAsync(string key, int width, VariantFormat format, CancellationToken cancellationToken = default)
    {
        if (!_widths.Contains(width))
        {
            return null;
        }

        var source = await FindSourceAsync(key, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var actualWidth = Math.Min(width, source.Width);
        var path = _storage.Variant(key, actualWidth, format);
        if (!File.Exists(path))
        {
            var making = _making.GetOrAdd(path, p => new Lazy<Task>(() => MakeOnceAsync(source, p, actualWidth, format)));
            try
            {
                await making.Value.WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is VipsException or IOException)
            {
                LogCannotMake(ex, key, actualWidth);
                return null;
            }
        }

        return new VariantFile(path, MediaUrls.ContentType(format), ETag(key, actualWidth, format));
    }

    /// <summary>Forgets what is remembered about an asset (after it is deleted).</summary>
    /// <param name="key">Asset key.</param>
    public void Forget(string key) => _sources.Remove(key);

    /// <inheritdoc />
    public void Dispose()
    {
        _sources.Dispose();
        _encoders.Dispose();
    }

    // Same inputs, same bytes: the tag names the asset, the actual width, the format, the quality and
    // the recipe version, so it is strong and identical on every instance sharing the media folder.
    private string ETag(string key, int width, VariantFormat format)
    {
        var name = Path.GetFileName(_storage.Variant(key, width, format));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "/" + name));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"";
    }

    private async Task<MediaSource?> FindSourceAsync(string key, CancellationToken cancellationToken)
    {
        if (key == MediaUrls.PlaceholderKey)
        {
            return new MediaSource(_placeholder.Value, PlaceholderImage.Width);
        }

        if (_sources.TryGetValue(key, out MediaSource? known))
        {
            return known;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.MediaAssets.AsNoTracking().Where(m => m.Key == key)
            .Select(m => new { m.StoredName, m.Width }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var source = new MediaSource(_storage.Original(row.StoredName), row.Width);
        _sources.Set(key, source, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
        return source;
    }

    private async Task MakeOnceAsync(MediaSource source, string path, int width, VariantFormat format)
    {
        try
        {
            await MakeAsync(source, path, width, format);
        }
        finally
        {
            // Later requests find the file (or, after a failure, try again).
            _making.TryRemove(path, out _);
        }
    }

    private async Task MakeAsync(MediaSource source, string path, int width, VariantFormat format)
    {
        // Off the request's context; the first caller's cancellation must not cancel the others' variant.
        await _encoders.WaitAsync();
        try
        {
            await Task.Run(() =>
            {
                if (File.Exists(path))
                {
                    return;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                try
                {
                    VariantEncoder.Write(source.Path, temporary, width, format, _storage.Quality(format));
                    File.Move(temporary, path, overwrite: true);
                    Interlocked.Increment(ref _made);
                }
                finally
                {
                    File.Delete(temporary);
                }
            });
        }
        finally
        {
            _encoders.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot make variant {Width} of media {Key}")]
    private partial void LogCannotMake(Exception exception, string key, int width);
}
