using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// The Redis output-cache store with one difference: an eviction that cannot reach Redis is logged as a warning
/// instead of failing the request that made the change. The change is already committed when
/// <see cref="ReaderCache"/> evicts, so an error page would only tell the editor a saved change failed; the pages
/// other instances still read from Redis expire within <c>Site:OutputCacheSeconds</c>. Reads and writes pass through
/// unchanged (the output-cache middleware already serves the page uncached when they fail).
/// </summary>
internal sealed partial class RedisEvictionGuard : IOutputCacheStore, IOutputCacheBufferStore
{
    private readonly IOutputCacheStore _store;
    private readonly ILogger<RedisEvictionGuard> _logger;

    /// <summary>Wraps the Redis store.</summary>
    /// <param name="store">The Redis store; it must also be an <see cref="IOutputCacheBufferStore"/>.</param>
    /// <param name="logger">Where failed evictions go.</param>
    public RedisEvictionGuard(IOutputCacheStore store, ILogger<RedisEvictionGuard> logger)
    {
        _store = store;
        _logger = logger;
    }

    private IOutputCacheBufferStore Buffers => (IOutputCacheBufferStore)_store;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await _store.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            LogEvictionFailed(_logger, ex, tag);
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => _store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        _store.SetAsync(key, value, tags, validFor, cancellationToken);

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        Buffers.TryGetAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        Buffers.SetAsync(key, value, tags, validFor, cancellationToken);

    // The tag scan's cursor rethrows a connection failure inside an AggregateException (measured with Redis down).
    private static bool IsRedisFailure(Exception ex) =>
        ex is RedisException or RedisTimeoutException
        || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsRedisFailure));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Output cache: could not evict tag {Tag} in Redis; its pages expire on their own")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception, string tag);
}
