using Microsoft.Extensions.Options;
using PublishingPortal.Web.Monitoring;

namespace PublishingPortal.Web.ViewCounting;

/// <summary>
/// Writes the <see cref="ViewCountBuffer"/> to the database every <see cref="ViewCountOptions.FlushSeconds"/>
/// and once more when the app stops; a failed write puts the counts back for the next try.
/// </summary>
public sealed partial class ViewCountFlusher : BackgroundService
{
    private readonly ViewCountBuffer _buffer;
    private readonly IServiceScopeFactory _scopes;
    private readonly ViewCountOptions _options;
    private readonly ILogger<ViewCountFlusher> _logger;
    private readonly PortalMetrics _metrics;

    /// <summary>Creates the flusher.</summary>
    /// <param name="buffer">The buffer.</param>
    /// <param name="scopes">Scope per write.</param>
    /// <param name="options">Interval.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="metrics">Flushes and views written.</param>
    public ViewCountFlusher(ViewCountBuffer buffer, IServiceScopeFactory scopes, IOptions<ViewCountOptions> options, ILogger<ViewCountFlusher> logger, PortalMetrics metrics)
    {
        _metrics = metrics;
        _buffer = buffer;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Writes whatever is buffered now.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written (or put back after a failure).</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var counts = _buffer.Drain();
        if (counts.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ViewCountWriter>().WriteAsync(counts, cancellationToken);
            _metrics.ViewCountsFlushed(counts.Values.Sum(), written: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _buffer.Restore(counts);
            _metrics.ViewCountsFlushed(counts.Values.Sum(), written: false);
            LogFailed(_logger, ex);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.FlushSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the rest.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing view counts failed; they are kept for the next try")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
