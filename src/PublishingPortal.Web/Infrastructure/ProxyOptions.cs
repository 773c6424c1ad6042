using System.ComponentModel.DataAnnotations;
using System.Net;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Which reverse proxies may set <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c>,
/// section <c>Proxy</c> (docs/operations.md, "Behind a proxy"). A forwarded header from any other address is
/// ignored. With both lists empty (the default) only loopback is trusted (127.0.0.0/8 and ::1: a proxy on the
/// same machine); setting either list replaces that default.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Proxy addresses, IPv4 or IPv6 (<c>Proxy:KnownProxies:0</c> = <c>10.0.0.5</c>, …).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation (<c>Proxy:KnownNetworks:0</c> = <c>10.0.0.0/24</c>, …).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in front of the site to step back through (1–10, default 1: one proxy).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Rejects, at start, an entry that is not an IP address or a CIDR network.</summary>
    /// <param name="validationContext">Unused.</param>
    /// <returns>One error per unreadable entry, naming the setting and the value.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownProxies: \"{proxy}\" is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownNetworks: \"{network}\" is not a network in CIDR notation (10.0.0.0/24).", [nameof(KnownNetworks)]);
        }
    }
}
