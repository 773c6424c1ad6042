using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// The Redis output-cache store with two differences. An eviction that cannot reach Redis is logged as a warning
/// instead of failing the request that made the change: the change is already committed when
/// <see cref="ReaderCache"/> evicts, so an error page would only tell the editor a saved change failed; the pages
/// other instances still read from Redis expire within <c>Site:OutputCacheSeconds</c>. A read or write that cannot
/// reach Redis is a miss (the page is built and served uncached, as the middleware would do) and is logged as one
/// warning a minute at most, without its stack trace: the middleware itself logs two errors with stack traces for
/// every request while Redis is down, which buried everything else in the log (seen in an operator's trial).
/// </summary>
internal sealed partial class RedisStoreGuard : IOutputCacheStore, IOutputCacheBufferStore
{
    private readonly IOutputCacheStore _store;
    private readonly ILogger<RedisStoreGuard> _logger;
    private long _lastWarning = long.MinValue / 2;

    /// <summary>Wraps the Redis store.</summary>
    /// <param name="store">The Redis store; it must also be an <see cref="IOutputCacheBufferStore"/>.</param>
    /// <param name="logger">Where failed evictions go.</param>
    public RedisStoreGuard(IOutputCacheStore store, ILogger<RedisStoreGuard> logger)
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

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            Unavailable(ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await _store.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            Unavailable(ex);
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        try
        {
            return await Buffers.TryGetAsync(key, destination, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            Unavailable(ex);
            return false;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await Buffers.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            Unavailable(ex);
        }
    }

    // One warning a minute at most while Redis does not answer; /readyz reports the outage on every probe.
    private void Unavailable(Exception ex)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWarning);
        if (now - last >= 60_000 && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            LogUnavailable(_logger, ex.GetType().Name, ex.Message);
        }
    }

    // The tag scan's cursor rethrows a connection failure inside an AggregateException (measured with Redis down).
    private static bool IsRedisFailure(Exception ex) =>
        ex is RedisException or RedisTimeoutException
        || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsRedisFailure));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Output cache: could not evict tag {Tag} in Redis; its pages expire on their own")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception, string tag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Output cache: Redis does not answer ({Error}: {Reason}); pages are served uncached until it does (logged once a minute)")]
    private static partial void LogUnavailable(ILogger logger, string error, string reason);
}
