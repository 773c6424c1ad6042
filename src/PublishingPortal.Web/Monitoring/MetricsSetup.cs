using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace PublishingPortal.Web.Monitoring;

/// <summary>
/// Metrics (issue 9, decision 010): the <see cref="PortalMetrics"/> instruments and the output-cache outcome policy
/// always; OpenTelemetry (ASP.NET Core, EF Core, Npgsql, runtime and the portal's meter) with a Prometheus scrape
/// endpoint only when <c>Metrics:Prometheus:Enabled</c> is true.
/// </summary>
public static class MetricsSetup
{
    /// <summary>
    /// Meters read besides <see cref="PortalMetrics.MeterName"/>: EF Core's own (queries, SaveChanges, contexts,
    /// concurrency failures; the OpenTelemetry EF Core package gives traces, not metrics) and Npgsql's (connections and
    /// command durations on PostgreSQL). ASP.NET Core and the runtime come through their instrumentation packages.
    /// </summary>
    public static readonly IReadOnlyList<string> LibraryMeters = ["Microsoft.EntityFrameworkCore", "Npgsql"];

    /// <summary>Registers the instruments, the cache policy and, when enabled, OpenTelemetry with the Prometheus exporter.</summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">App configuration (<c>Metrics:Prometheus</c>).</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<PortalMetrics>();
        services.AddOptions<PrometheusEndpointOptions>()
            .BindConfiguration(PrometheusEndpointOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A base policy runs for every endpoint the output cache handles, whichever named policy it uses.
        services.AddOptions<OutputCacheOptions>()
            .Configure<PortalMetrics>((o, metrics) => o.AddBasePolicy(new OutputCacheOutcomePolicy(metrics)));

        var prometheus = configuration.GetSection(PrometheusEndpointOptions.SectionName).Get<PrometheusEndpointOptions>();
        if (prometheus?.Enabled == true)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(PortalMetrics.MeterName)
                .AddMeter([.. LibraryMeters])
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()

                // Every scrape reads the current values; Prometheus scrapes every 15 s or so, so the exporter's own
                // 300 ms response cache saves nothing and would hide a change from two scrapes close together.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return services;
    }

    /// <summary>
    /// Maps the scrape endpoint at <c>Metrics:Prometheus:Path</c> when enabled. A request from outside
    /// <c>Metrics:Prometheus:AllowedNetworks</c> (when set) gets 404, as if the endpoint did not exist.
    /// The endpoint carries no output-cache policy: every scrape is fresh.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static WebApplication MapPortalMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PrometheusEndpointOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var networks = options.AllowedNetworks.Select(n => IPNetwork.Parse(n)).ToList();
        app.MapPrometheusScrapingEndpoint(options.Path, meterProvider: null, configureBranchedPipeline: branch =>
        {
            if (networks.Count == 0)
            {
                return;
            }

            branch.Use((context, next) =>
            {
                if (IsAllowed(context.Connection.RemoteIpAddress, networks))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }, optionsName: null);
        return app;
    }

    /// <summary>Whether the request is a scrape of the enabled endpoint (logged at Verbose, like health probes).</summary>
    /// <param name="context">The request.</param>
    /// <returns>True for the scrape path while the endpoint is enabled.</returns>
    public static bool IsScrape(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<PrometheusEndpointOptions>>().Value;
        return options.Enabled && context.Request.Path.Equals(options.Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="address"/> (IPv4 mapped into IPv6 read as IPv4) is in one of <paramref name="networks"/>.</summary>
    /// <param name="address">The connection's remote address; null (no network connection) is never allowed.</param>
    /// <param name="networks">Allowed networks.</param>
    /// <returns>True when inside one of them.</returns>
    internal static bool IsAllowed(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(plain));
    }
}
