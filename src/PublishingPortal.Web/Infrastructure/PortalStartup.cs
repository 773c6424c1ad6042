namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Runs <see cref="PortalPipeline.InitializePortalAsync"/> when the web host starts (migrations,
/// WAL, demo seed). A hosted service rather than code after <c>Build()</c>, so test hosts
/// (WebApplicationFactory) initialise the same way as production.
/// </summary>
public sealed class PortalStartup : IHostedService
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the service.</summary>
    /// <param name="services">Root provider.</param>
    public PortalStartup(IServiceProvider services)
    {
        _services = services;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => _services.InitializePortalAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
