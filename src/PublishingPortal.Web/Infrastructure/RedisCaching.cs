using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// The output cache and <see cref="IDistributedCache"/> in Redis when <c>ConnectionStrings:Redis</c> is set (decision
/// 008): every instance, and the <c>import</c> command's process, reads and evicts the same entries, so a tag
/// eviction (<see cref="ReaderCache"/>) empties the pages everywhere at once. One <see cref="IConnectionMultiplexer"/>
/// serves both caches and the <c>/readyz</c> check. Without the setting nothing is registered and the output cache
/// stays in this process's memory.
/// </summary>
public static class RedisCaching
{
    /// <summary>Name of the connection string: a StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,abortConnect=false</c>.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>Configuration key of the key prefix (<c>Redis:InstanceName</c>).</summary>
    public const string InstanceNameKey = "Redis:InstanceName";

    /// <summary>Key prefix when <see cref="InstanceNameKey"/> is not set; two portals on one Redis each need their own.</summary>
    public const string DefaultInstanceName = "PublishingPortal:";

    /// <summary>Name of the Redis check in the health report.</summary>
    public const string HealthCheck = "redis";

    /// <summary>
    /// Registers the shared multiplexer, the Redis output-cache store behind <see cref="RedisStoreGuard"/> (registered
    /// after <c>AddOutputCache</c>'s in-memory store, so it is the one resolved), the Redis distributed cache, and
    /// the Redis check tagged <see cref="HealthEndpoints.ReadyTag"/>, all under the key prefix
    /// <see cref="InstanceNameKey"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">App configuration.</param>
    /// <returns>True when <c>ConnectionStrings:Redis</c> is set and the caches are in Redis; false when nothing was registered.</returns>
    public static bool AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        // Parsed now so a malformed string stops the start instead of the first request.
        var redisOptions = ConfigurationOptions.Parse(connectionString);

        // A Redis that is down at start must not stop the portal from starting: the multiplexer keeps retrying in
        // the background, /readyz answers 503 meanwhile. The operator may still write abortConnect=true.
        if (!connectionString.Contains("abortConnect", StringComparison.OrdinalIgnoreCase))
        {
            redisOptions.AbortOnConnectFail = false;
        }

        // While disconnected, commands fail at once instead of waiting in the client's backlog for the timeout: the
        // output cache then serves the page uncached (measured: 12 s a page with the default policy, Redis down).
        redisOptions.BacklogPolicy = BacklogPolicy.FailFast;

        var instanceName = configuration[InstanceNameKey] is { Length: > 0 } name ? name : DefaultInstanceName;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));

        // Connects while the host starts, before Kestrel listens, so no reader waits for the first connection (up
        // to the connect timeout, 5 s by default, when Redis is down).
        services.AddHostedService<ConnectAtStart>();

        // Both caches take the shared multiplexer instead of opening a connection each.
        services.AddStackExchangeRedisOutputCache(_ => { });

        // The Redis store (an internal type) is registered as itself and served through RedisStoreGuard.
        var registration = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registration);
        var redisStore = registration.ImplementationType!;
        services.AddSingleton(redisStore);
        services.AddSingleton<IOutputCacheStore>(sp => new RedisStoreGuard(
            (IOutputCacheStore)sp.GetRequiredService(redisStore), sp.GetRequiredService<ILogger<RedisStoreGuard>>()));
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
            .Configure<IServiceProvider>((o, sp) =>
            {
                o.InstanceName = instanceName;
                o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
            });
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IServiceProvider>((o, sp) =>
            {
                o.InstanceName = instanceName;
                o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
            });
        services.AddHealthChecks()
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), HealthCheck, tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return true;
    }

    /// <summary>Opens the shared connection at start (a failed connection keeps retrying in the background).</summary>
    private sealed class ConnectAtStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<IConnectionMultiplexer>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
