using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.Sections;

/// <summary>
/// Keeps the sections every reader page shows (<see cref="ReaderSections"/>: the header menu, the search filter) and
/// evicts what a section or tag change shows on. The menu is in the header of every reader page, so a change evicts
/// every cached reader page (<see cref="DependencyInjection.ReaderPagesTag"/>, which includes the lists). Section
/// changes are rare, so a full eviction costs little.
/// The lists themselves are kept in the output-cache store under the same tag (issue 12: two queries less on every
/// uncached page), so whatever evicts the pages — a section or tag change here, a settings change, a publish —
/// drops them too, on every instance when the store is Redis; they are never older than a cached page.
/// </summary>
public sealed class SectionCache
{
    /// <summary>Output-cache store key of the lists (the store's own instance prefix applies).</summary>
    public const string ListsKey = "reader-sections:v1";

    private readonly IOutputCacheStore _store;
    private readonly ArticleQueries _queries;
    private readonly SiteOptions _site;

    /// <summary>Creates the cache.</summary>
    /// <param name="store">The output cache.</param>
    /// <param name="queries">Reader queries (the lists, one query).</param>
    /// <param name="site">Deployment settings: the lists live as long as a cached page (<see cref="SiteOptions.OutputCacheSeconds"/>).</param>
    public SectionCache(IOutputCacheStore store, ArticleQueries queries, IOptions<SiteOptions> site)
    {
        _store = store;
        _queries = queries;
        _site = site.Value;
    }

    /// <summary>The lists, from the store or the database (then stored).</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The menu and the search filter's sections.</returns>
    public async Task<ReaderSections> GetAsync(CancellationToken cancellationToken = default)
    {
        // The store answers null when it cannot be read (RedisStoreGuard): the database answers instead.
        if (_site.OutputCacheSeconds > 0
            && await _store.GetAsync(ListsKey, cancellationToken) is { } cached
            && JsonSerializer.Deserialize<ReaderSections>(cached) is { } kept)
        {
            return kept;
        }

        var fresh = await _queries.SectionListsAsync(cancellationToken);
        if (_site.OutputCacheSeconds > 0)
        {
            await _store.SetAsync(
                ListsKey, JsonSerializer.SerializeToUtf8Bytes(fresh), [DependencyInjection.ReaderPagesTag],
                TimeSpan.FromSeconds(_site.OutputCacheSeconds), cancellationToken);
        }

        return fresh;
    }

    /// <summary>Evicts every cached reader page and the lists.</summary>
    /// <param name="cancellationToken">Cancels the eviction.</param>
    /// <returns>A task that completes when evicted.</returns>
    public async Task EvictAsync(CancellationToken cancellationToken = default) =>
        await _store.EvictByTagAsync(DependencyInjection.ReaderPagesTag, cancellationToken);
}
