using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Data;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// The e-mail outbox (issue 11): a background service that mails the notifications the commits wrote, AFTER their
/// transaction, so an SMTP server that is down or slow never fails or delays a save and loses nothing. Each round
/// (woken by <see cref="NotificationSignal"/>, else every <see cref="SmtpOptions.PollInterval"/>) takes the unsent
/// notifications whose recipient wants e-mail, claims each with a conditional UPDATE (so two instances never both
/// send it), sends it, and stamps <c>EmailSentAt</c>. A failure leaves the claim as a back-off
/// (<see cref="SmtpOptions.RetryDelay"/>, doubled per attempt, at most an hour) until
/// <see cref="SmtpOptions.MaxAttempts"/>; a notification older than <see cref="SmtpOptions.MaxAge"/> is not mailed.
/// Without <see cref="SmtpOptions.Host"/> it does nothing at all (no queries).
/// </summary>
public sealed partial class NotificationMailer : BackgroundService
{
    /// <summary>Notifications taken per round.</summary>
    public const int BatchSize = 20;

    private static readonly TimeSpan MaxBackOff = TimeSpan.FromHours(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly NotificationSignal _signal;
    private readonly SmtpMail _mail;
    private readonly MailMessages _messages;
    private readonly IOptionsMonitor<SmtpOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<NotificationMailer> _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="scopes">A scope (and context) per round.</param>
    /// <param name="signal">Wake-ups from commits.</param>
    /// <param name="mail">The SMTP sender.</param>
    /// <param name="messages">Builds the e-mails.</param>
    /// <param name="options">SMTP settings.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="logger">Logger.</param>
    public NotificationMailer(IServiceScopeFactory scopes, NotificationSignal signal, SmtpMail mail, MailMessages messages, IOptionsMonitor<SmtpOptions> options, TimeProvider clock, ILogger<NotificationMailer> logger)
    {
        _scopes = scopes;
        _signal = signal;
        _mail = mail;
        _messages = messages;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>One round: sends what is due now.</summary>
    /// <param name="cancellationToken">Cancels the round.</param>
    /// <returns>How many e-mails the server accepted.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (!options.Enabled)
        {
            return 0;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = _clock.GetUtcNow();
        var oldest = now - options.MaxAge;
        var due = await (
            from n in db.Notifications
            join u in db.Users on n.RecipientId equals u.Id
            join a in db.Articles on n.ArticleId equals a.Id
            where n.EmailSentAt == null
                && n.EmailAttempts < options.MaxAttempts
                && (n.EmailNextAttemptAt == null || n.EmailNextAttemptAt <= now)
                && n.CreatedAt >= oldest
                && !u.EmailNotificationsOff
                && u.Email != null
            orderby n.Id
            select new { n.Id, n.Kind, n.Text, n.Link, n.EmailAttempts, n.EmailNextAttemptAt, Email = u.Email!, u.DisplayName, a.Title })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        var siteName = due.Count == 0 ? "" : (await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(cancellationToken)).Settings.SiteName;
        foreach (var item in due)
        {
            var attempt = item.EmailAttempts + 1;
            var retryAt = now + BackOff(options, attempt);

            // The claim: only the instance whose UPDATE matches the row as read sends it; the new time is both its
            // lease while sending and the back-off if the send fails.
            var claimed = await db.Notifications
                .Where(n => n.Id == item.Id && n.EmailSentAt == null && n.EmailAttempts == item.EmailAttempts && n.EmailNextAttemptAt == item.EmailNextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailAttempts, attempt).SetProperty(n => n.EmailNextAttemptAt, retryAt), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                var message = _messages.Notification(item.Email, item.DisplayName, item.Kind, item.Title, item.Text, item.Link, siteName);
                await _mail.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, item.Id, attempt, retryAt);
                continue;
            }

            var sentAt = _clock.GetUtcNow();
            await db.Notifications.Where(n => n.Id == item.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailSentAt, sentAt).SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)null), CancellationToken.None);
            sent++;
        }

        return sent;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.CurrentValue.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup: the rows stay unsent and the next round takes them.
                LogRoundFailed(ex);
            }

            try
            {
                await _signal.WaitAsync(_options.CurrentValue.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TimeSpan BackOff(SmtpOptions options, int attempt)
    {
        var delay = options.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        delay = delay < MaxBackOff ? delay : MaxBackOff;

        // Never shorter than a send may take, or another instance could take the row while it is being sent.
        var lease = options.Timeout * 3;
        return delay > lease ? delay : lease;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail of notification {NotificationId} failed (attempt {Attempt}); next try after {RetryAt}")]
    private partial void LogFailed(Exception exception, long notificationId, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail outbox round failed; retrying at the next round")]
    private partial void LogRoundFailed(Exception exception);
}
