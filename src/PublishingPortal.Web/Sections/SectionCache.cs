using Microsoft.AspNetCore.OutputCaching;

namespace PublishingPortal.Web.Sections;

/// <summary>
/// Evicts what a section or tag change shows on: the section menu is in the header of every reader page, so every
/// cached reader page goes (<see cref="DependencyInjection.ReaderPagesTag"/>, which includes the lists). Section
/// changes are rare, so a full eviction costs little.
/// </summary>
public sealed class SectionCache
{
    private readonly IOutputCacheStore _store;

    /// <summary>Creates the evictor.</summary>
    /// <param name="store">The output cache.</param>
    public SectionCache(IOutputCacheStore store)
    {
        _store = store;
    }

    /// <summary>Evicts every cached reader page.</summary>
    /// <param name="cancellationToken">Cancels the eviction.</param>
    /// <returns>A task that completes when evicted.</returns>
    public async Task EvictAsync(CancellationToken cancellationToken = default) =>
        await _store.EvictByTagAsync(DependencyInjection.ReaderPagesTag, cancellationToken);
}
