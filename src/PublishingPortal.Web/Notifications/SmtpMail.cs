using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// Sends one message through the configured SMTP server with MailKit (<see cref="SmtpOptions"/>): connect, TLS as
/// configured, AUTH when a user name is set, send, quit. A connection per message: the newsroom sends a few
/// dozen a day, and a fresh connection never meets a server that dropped an idle one.
/// </summary>
public sealed class SmtpMail
{
    private readonly IOptionsMonitor<SmtpOptions> _options;

    /// <summary>Creates the sender.</summary>
    /// <param name="options">SMTP settings, read at each send.</param>
    public SmtpMail(IOptionsMonitor<SmtpOptions> options)
    {
        _options = options;
    }

    /// <summary>Whether e-mail is configured (<see cref="SmtpOptions.Enabled"/>).</summary>
    public bool Enabled => _options.CurrentValue.Enabled;

    /// <summary>The configured sender address, parsed.</summary>
    /// <returns>The <c>From</c> mailbox.</returns>
    /// <exception cref="ParseException"><see cref="SmtpOptions.From"/> is not an address.</exception>
    public MailboxAddress From() => MailboxAddress.Parse(_options.CurrentValue.From);

    /// <summary>Sends <paramref name="message"/> (its From is set here when empty).</summary>
    /// <param name="message">The message with recipients, subject and body.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>A task that completes when the server accepted the message.</returns>
    /// <exception cref="InvalidOperationException">E-mail is not configured.</exception>
    /// <exception cref="IOException">The server could not be reached or dropped the connection.</exception>
    /// <exception cref="MailKit.Net.Smtp.SmtpCommandException">The server refused a command (a recipient, the size…).</exception>
    /// <exception cref="MailKit.Security.AuthenticationException">The user name or password was refused.</exception>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (!options.Enabled)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ thư (Smtp:Host).");
        }

        if (message.From.Count == 0)
        {
            message.From.Add(From());
        }

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var tls = options.StartTls switch
        {
            SmtpTlsMode.Always => SecureSocketOptions.StartTls,
            SmtpTlsMode.Implicit => SecureSocketOptions.SslOnConnect,
            SmtpTlsMode.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(options.Host!, options.Port, tls, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
