using Microsoft.Extensions.Options;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Background service that runs <see cref="ScheduledPublisher"/> at start and then every
/// <see cref="ScheduleOptions.IntervalSeconds"/>; because it reads the due list from the database,
/// nothing is missed across a restart. A failed run is logged and retried on the next tick.
/// </summary>
public sealed partial class ScheduleWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ScheduleOptions _options;
    private readonly ILogger<ScheduleWorker> _logger;

    /// <summary>Creates the worker.</summary>
    /// <param name="scopes">Scope per run.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="options">Interval.</param>
    /// <param name="logger">Logger.</param>
    public ScheduleWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ScheduleOptions> options, ILogger<ScheduleWorker> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.IntervalSeconds), _clock);
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var (published, expired) = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>()
                    .RunDueAsync(_clock.GetUtcNow(), stoppingToken);
                if (published + expired > 0)
                {
                    LogRun(_logger, published, expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule: {Published} published, {Expired} expired")]
    private static partial void LogRun(ILogger logger, int published, int expired);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schedule run failed; retrying on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
