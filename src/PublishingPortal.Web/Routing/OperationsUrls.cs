namespace PublishingPortal.Web.Routing;

/// <summary>
/// The operator's side of the URL map (docs/operations.md): health endpoints for load balancers and
/// orchestrators. English, fixed names, as probes expect; not for readers, never cached, no sign-in.
/// Checked against the registered routes by <c>UrlMapTests</c>.
/// </summary>
public static class OperationsUrls
{
    /// <summary>Liveness: <c>/healthz</c>, 200 <c>Healthy</c> while the process answers requests; checks no dependency.</summary>
    public const string LivenessTemplate = "/healthz";

    /// <summary>Readiness: <c>/readyz</c>, 200 <c>Healthy</c> when the database answers a query, 503 <c>Unhealthy</c> otherwise.</summary>
    public const string ReadinessTemplate = "/readyz";

    /// <summary>The liveness endpoint.</summary>
    public static string Liveness => LivenessTemplate;

    /// <summary>The readiness endpoint.</summary>
    public static string Readiness => ReadinessTemplate;
}
