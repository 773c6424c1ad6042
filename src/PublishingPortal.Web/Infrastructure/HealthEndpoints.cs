using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Data;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// <c>/healthz</c> and <c>/readyz</c> (<see cref="OperationsUrls"/>) on the ASP.NET Core health checks: plain-text
/// <c>Healthy</c>/<c>Unhealthy</c> bodies, 200 or 503, <c>Cache-Control: no-store, no-cache</c> (the middleware's
/// default), outside the output cache and without authorization.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Tag of the checks <c>/readyz</c> runs: the database, and Redis when configured (<see cref="RedisCaching"/>).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Name of the database check in the health report.</summary>
    public const string DatabaseCheck = "database";

    /// <summary>
    /// Registers the database check: one query on the articles table. <c>CanConnect</c> alone is not enough on
    /// SQLite, which creates a missing file on open and would call an empty database healthy.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>(
                DatabaseCheck,
                tags: [ReadyTag],
                customTestQuery: async (db, cancellationToken) =>
                {
                    await db.Articles.AnyAsync(cancellationToken);
                    return true;
                });
        return services;
    }

    /// <summary>Maps liveness (no checks) and readiness (the <see cref="ReadyTag"/> checks).</summary>
    /// <param name="app">The application, after routing.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(OperationsUrls.LivenessTemplate, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(OperationsUrls.ReadinessTemplate, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }

    /// <summary>Whether a request is a health probe (logged at Verbose, so a probe every few seconds does not flood the log).</summary>
    /// <param name="context">The request.</param>
    /// <returns>True for <c>/healthz</c> and <c>/readyz</c>.</returns>
    public static bool IsProbe(HttpContext context) =>
        context.Request.Path.Equals(OperationsUrls.LivenessTemplate, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.Equals(OperationsUrls.ReadinessTemplate, StringComparison.OrdinalIgnoreCase);
}
