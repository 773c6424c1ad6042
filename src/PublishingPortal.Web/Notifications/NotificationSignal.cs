namespace PublishingPortal.Web.Notifications;

/// <summary>
/// Wakes the e-mail outbox (<see cref="NotificationMailer"/>) when a commit wrote notifications, so mail leaves
/// within a moment instead of at the next poll; the poll still finds everything a wake-up missed (another
/// instance's commit, a restart). A singleton; waking when nobody waits is remembered once.
/// </summary>
public sealed class NotificationSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Asks the sender to look now. Never blocks, never throws.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken and not yet looked: one look covers both.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _wake.Dispose();

    /// <summary>Waits for <see cref="Wake"/> or the poll interval, whichever comes first.</summary>
    /// <param name="interval">Longest wait.</param>
    /// <param name="cancellationToken">Stops the wait (host shutdown).</param>
    /// <returns>A task that completes when it is time to look.</returns>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        await _wake.WaitAsync(interval, cancellationToken);
}
