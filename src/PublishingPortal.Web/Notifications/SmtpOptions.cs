using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Notifications;

/// <summary>How TLS is used with the SMTP server (<see cref="SmtpOptions.StartTls"/>).</summary>
public enum SmtpTlsMode
{
    /// <summary>STARTTLS when the server offers it, plain otherwise (MailKit's <c>StartTlsWhenAvailable</c>).</summary>
    WhenAvailable,

    /// <summary>STARTTLS required: the send fails when the server does not offer it (port 587).</summary>
    Always,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    Implicit,

    /// <summary>Never TLS: only for a relay on the same machine or the tests' server on 127.0.0.1.</summary>
    None,
}

/// <summary>
/// E-mail (section <c>Smtp</c>; docs/decisions/016-email-notifications.md). Without <see cref="Host"/> the portal
/// sends no mail at all: notifications stay in the admin and password reset by e-mail is off.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Smtp";

    /// <summary>SMTP server host name or address; empty (the default) turns e-mail off.</summary>
    public string? Host { get; set; }

    /// <summary>TCP port, 1–65535; default 587 (submission).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>User name for SMTP AUTH; empty for a server that does not ask.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP AUTH (a secret: from the environment or a secret store, never appsettings).</summary>
    public string? Password { get; set; }

    /// <summary>Sender, an address or <c>"Name &lt;address&gt;"</c>, e.g. <c>"Toà soạn &lt;toasoan@example.vn&gt;"</c>.</summary>
    public string From { get; set; } = "PublishingPortal <no-reply@localhost>";

    /// <summary>TLS use; default <see cref="SmtpTlsMode.WhenAvailable"/>.</summary>
    public SmtpTlsMode StartTls { get; set; } = SmtpTlsMode.WhenAvailable;

    /// <summary>How often the outbox looks for unsent notifications besides being woken by a commit; 1 second to 1 hour, default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait after the first failed send; doubled after each further failure, at most one hour. 1 second to 1 hour, default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a notification's e-mail is given up (it stays in the admin); 1–100, default 10.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Notifications older than this are not mailed any more (e.g. when SMTP is configured later); 1 hour to 30 days, default 2 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Connect and command timeout, 1 second to 5 minutes; default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether e-mail is configured (<see cref="Host"/> set).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
