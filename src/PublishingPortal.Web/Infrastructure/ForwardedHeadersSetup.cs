using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Behind a TLS reverse proxy the request's scheme, host and client address come from <c>X-Forwarded-Proto</c>,
/// <c>X-Forwarded-Host</c> and <c>X-Forwarded-For</c> sent by a trusted proxy (<see cref="ProxyOptions"/>), so
/// every absolute URL (canonical, Open Graph, sitemaps, feeds) is the public one, cookies are <c>Secure</c> under
/// HTTPS (<c>SecurePolicy.SameAsRequest</c>) and the audit log records the reader's address, not the proxy's.
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>Binds and validates <see cref="ProxyOptions"/> and configures the forwarded-headers middleware from it.</summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ProxyOptions>>((forwarded, proxy) => Apply(forwarded, proxy.Value));
        return services;
    }

    private static void Apply(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        forwarded.ForwardLimit = proxy.ForwardLimit;
        if (proxy.KnownProxies.Count == 0 && proxy.KnownNetworks.Count == 0)
        {
            // The middleware's own default: 127.0.0.0/8 and ::1.
            return;
        }

        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(address));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
