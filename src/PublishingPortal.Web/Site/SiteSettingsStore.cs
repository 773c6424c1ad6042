using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Site;
using PublishingPortal.Data;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Site;

/// <summary>
/// Reads the <see cref="SiteView"/> every reader page shows through <see cref="IDistributedCache"/> (Redis when
/// configured, so every instance reads and drops the same entry; else this process's memory) and drops it, with
/// every cached reader page (tag <see cref="DependencyInjection.ReaderPagesTag"/>), after a change: the next reader
/// request sees the change on every instance. Without Redis a second instance sees it within
/// <see cref="CacheLifetime"/>.
/// </summary>
public sealed partial class SiteSettingsStore
{
    /// <summary>Distributed-cache key of the view (the instance prefix is the cache's own).</summary>
    public const string CacheKey = "site-view:v2";

    /// <summary>How long a cached view is trusted when nobody drops it (a second instance without Redis).</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(60);

    private readonly PortalDbContext _db;
    private readonly IDistributedCache _cache;
    private readonly IOutputCacheStore _output;
    private readonly SiteOptions _site;
    private readonly ILogger<SiteSettingsStore> _logger;
    private readonly AuditLog _audit;

    /// <summary>Creates the store.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="cache">Shared cache.</param>
    /// <param name="output">The output cache.</param>
    /// <param name="site">Deployment settings; the site name is the default of a database without settings.</param>
    /// <param name="logger">Logs a cache or database that cannot be read.</param>
    /// <param name="audit">Audit log for saves.</param>
    public SiteSettingsStore(
        PortalDbContext db, IDistributedCache cache, IOutputCacheStore output, IOptions<SiteOptions> site, ILogger<SiteSettingsStore> logger, AuditLog audit)
    {
        _audit = audit;
        _logger = logger;
        _db = db;
        _cache = cache;
        _output = output;
        _site = site.Value;
    }

    /// <summary>
    /// The view, from the cache or the database. Every page's layout calls this, error pages included, so a cache
    /// (Redis) or database that cannot be read gives the defaults (logged) instead of an exception.
    /// </summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Settings and listed pages.</returns>
    public async Task<SiteView> GetAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var cached = await _cache.GetAsync(CacheKey, cancellationToken);
            if (cached is not null && JsonSerializer.Deserialize<SiteView>(cached) is { } view)
            {
                return view;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreadable(_logger, ex);
        }

        SiteView fresh;
        try
        {
            fresh = await LoadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreadable(_logger, ex);
            return new SiteView(Defaults(_site), [], [], []);
        }

        try
        {
            await _cache.SetAsync(
                CacheKey,
                JsonSerializer.SerializeToUtf8Bytes(fresh),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheLifetime },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreadable(_logger, ex);
        }

        return fresh;
    }

    /// <summary>The stored row for editing, or a new unsaved one with the defaults.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A tracked row (added when new).</returns>
    public async Task<SiteSettings> ForEditAsync(CancellationToken cancellationToken = default)
    {
        var row = await _db.SiteSettings.FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (row is null)
        {
            row = Defaults(_site);
            _db.SiteSettings.Add(row);
        }

        return row;
    }

    /// <summary>
    /// Saves the row from <see cref="ForEditAsync"/> (changed by the caller) with an audit entry naming the changed
    /// fields, in one save, then drops the cached view and reader pages.
    /// </summary>
    /// <param name="changedFields">Vietnamese names of the changed fields, for the audit entry.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A task that completes when saved and evicted.</returns>
    public async Task SaveAsync(IReadOnlyList<string> changedFields, CancellationToken cancellationToken = default)
    {
        _audit.Add(SiteAuditActions.SettingsChanged, "SiteSettings", "Đổi: " + string.Join(", ", changedFields));
        await _db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    /// <summary>Drops the cached view and every cached reader page (after any change to settings or pages).</summary>
    /// <param name="cancellationToken">Cancels the eviction.</param>
    /// <returns>A task that completes when dropped.</returns>
    public async Task EvictAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _cache.RemoveAsync(CacheKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is saved; a Redis that is down serves the old view until CacheLifetime ends.
            LogUnreadable(_logger, ex);
        }

        await _output.EvictByTagAsync(DependencyInjection.ReaderPagesTag, cancellationToken);
    }

    /// <summary>Stores the defaults when the database has no settings row (at start, under the start lock).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the row exists.</returns>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!await _db.SiteSettings.AnyAsync(cancellationToken))
        {
            _db.SiteSettings.Add(Defaults(_site));
            await _db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The settings a portal starts with: the configured site name and the footer it had before settings existed
    /// (the RSS and sitemap links); the identity fields are empty until an administrator fills them in.
    /// </summary>
    /// <param name="site">Deployment settings.</param>
    /// <returns>A new row.</returns>
    public static SiteSettings Defaults(SiteOptions site) => new()
    {
        SiteName = site.Name,
        FooterLinks = $"Tin RSS | {ReaderUrls.Feeds}\nSơ đồ trang | {ReaderUrls.SitemapIndex}",
    };

    private async Task<SiteView> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await _db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken)
            ?? Defaults(_site);
        var pages = await _db.SitePages.AsNoTracking()
            .Where(p => p.Language == SitePage.Vietnamese && (p.ShowInFooter || p.ShowInMenu))
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Title, p.Slug, p.ShowInFooter, p.ShowInMenu })
            .ToListAsync(cancellationToken);
        var english = await (
                from en in _db.SitePages.AsNoTracking()
                join vi in _db.SitePages on en.VietnamesePageId equals vi.Id
                where en.Language == SitePage.English
                orderby vi.SortOrder, vi.Id
                select new { en.Title, en.Slug })
            .ToListAsync(cancellationToken);
        return new SiteView(
            settings,
            pages.Where(p => p.ShowInFooter).Select(p => new SitePageLink(p.Title, ReaderUrls.SitePage(p.Slug))).ToList(),
            pages.Where(p => p.ShowInMenu).Select(p => new SitePageLink(p.Title, ReaderUrls.SitePage(p.Slug))).ToList(),
            english.Select(p => new SitePageLink(p.Title, ReaderUrls.SitePage(p.Slug, SitePage.English))).ToList());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Site settings could not be read from the cache or the database; showing the defaults")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
