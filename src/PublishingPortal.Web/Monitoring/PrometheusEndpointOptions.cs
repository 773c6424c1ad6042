using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Monitoring;

/// <summary>
/// The Prometheus scrape endpoint, section <c>Metrics:Prometheus</c> (docs/operations.md, "Metrics"). Off by default:
/// the numbers tell an outsider how busy the site is and how the cache behaves, so the endpoint belongs on the
/// monitoring network only.
/// </summary>
public sealed class PrometheusEndpointOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Metrics:Prometheus";

    /// <summary>Serve the endpoint (and collect metrics at all); default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Request path of the endpoint, starting with <c>/</c>; default <c>/metrics</c>.</summary>
    [Required]
    [RegularExpression("^/[A-Za-z0-9._~/-]*$", ErrorMessage = "Metrics:Prometheus:Path must be a path starting with / (letters, digits, . _ ~ - /).")]
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// Networks in CIDR notation (<c>Metrics:Prometheus:AllowedNetworks:0</c> = <c>10.20.0.0/24</c>) whose addresses
    /// may scrape; empty (the default): any address. A request from elsewhere gets 404, as if there were no endpoint.
    /// The address is the connection's, after the forwarded-header step (a trusted proxy's <c>X-Forwarded-For</c>).
    /// </summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>Rejects, at start, an entry that is not a CIDR network.</summary>
    /// <param name="validationContext">Unused.</param>
    /// <returns>One error per unreadable entry, naming the setting and the value.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in AllowedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult(
                $"Metrics:Prometheus:AllowedNetworks: \"{network}\" is not a network in CIDR notation (10.0.0.0/24).", [nameof(AllowedNetworks)]);
        }
    }
}
