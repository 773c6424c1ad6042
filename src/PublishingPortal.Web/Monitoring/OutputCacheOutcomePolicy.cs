using Microsoft.AspNetCore.OutputCaching;

namespace PublishingPortal.Web.Monitoring;

/// <summary>
/// Counts output-cache hits and misses from inside the output-cache middleware, registered as a base policy so it
/// sees every cached endpoint (reader pages, lists, feeds) whatever its named policy. The middleware
/// (Microsoft.AspNetCore.OutputCaching, <c>OutputCacheMiddleware</c>) calls <see cref="ServeFromCacheAsync"/> only
/// when the store returned an entry for the request's key (or a coalesced request received another's response), and
/// <see cref="ServeResponseAsync"/> only after the app itself produced the response of a request that may be stored:
/// the first is a hit, the second a miss when a lookup was allowed. Requests the cache does not look up (signed-in
/// staff, POST, endpoints without a policy) are neither.
/// </summary>
public sealed class OutputCacheOutcomePolicy : IOutputCachePolicy
{
    private static readonly object CountedKey = new();

    private readonly PortalMetrics _metrics;

    /// <summary>Creates the policy.</summary>
    /// <param name="metrics">Where the counts go.</param>
    public OutputCacheOutcomePolicy(PortalMetrics metrics)
    {
        _metrics = metrics;
    }

    /// <inheritdoc />
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        _metrics.OutputCacheHit();
        context.HttpContext.Items[CountedKey] = true;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // The middleware refuses a found entry only when its age is not positive (stored at the same clock instant);
        // that request is rendered again but was already counted as a hit: count each request once.
        if (context.EnableOutputCaching && context.AllowCacheLookup && !context.HttpContext.Items.ContainsKey(CountedKey))
        {
            _metrics.OutputCacheMiss();
        }

        return ValueTask.CompletedTask;
    }
}
