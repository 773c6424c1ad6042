using Microsoft.AspNetCore.Identity;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Notifications;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Self-service password reset by e-mail (issue 11) with Identity's data-protection token provider: the token is
/// tied to the account's security stamp, so it works once (the reset renews the stamp) and not after any other
/// password change, and expires after <see cref="LinkLifetime"/>. Only with SMTP configured
/// (<see cref="Available"/>). The request answers the same whether or not the address has an account; the e-mail is
/// sent in the request (a failure is logged, never shown, so it cannot tell accounts apart either).
/// </summary>
public sealed partial class PasswordReset
{
    /// <summary>How long a reset link works (Identity's <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    private readonly UserManager<PortalUser> _users;
    private readonly SmtpMail _mail;
    private readonly MailMessages _messages;
    private readonly AuditLog _audit;
    private readonly ILogger<PasswordReset> _logger;
    private readonly SiteSettingsStore _site;

    /// <summary>Creates the service.</summary>
    /// <param name="users">Identity users (tokens, reset).</param>
    /// <param name="mail">SMTP sender.</param>
    /// <param name="messages">Builds the e-mail.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="logger">Logger for failed sends.</param>
    /// <param name="site">Site settings: the e-mail names the site as editors set it.</param>
    public PasswordReset(UserManager<PortalUser> users, SmtpMail mail, MailMessages messages, AuditLog audit, ILogger<PasswordReset> logger, SiteSettingsStore site)
    {
        _site = site;
        _users = users;
        _mail = mail;
        _messages = messages;
        _audit = audit;
        _logger = logger;
    }

    /// <summary>Whether reset by e-mail is offered (SMTP configured).</summary>
    public bool Available => _mail.Enabled;

    /// <summary>
    /// Mails a reset link to the account with this e-mail, if there is one; otherwise does nothing. Audited as
    /// <see cref="AuditActions.PasswordResetRequested"/> for an existing account.
    /// </summary>
    /// <param name="email">What was typed (trimmed here).</param>
    /// <param name="baseUrl">The request's <c>scheme://host</c>, for the absolute link.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task.</returns>
    public async Task RequestAsync(string email, string baseUrl, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            return;
        }

        var user = await _users.FindByEmailAsync(email.Trim());
        if (user?.Email is null)
        {
            return;
        }

        var token = await _users.GeneratePasswordResetTokenAsync(user);
        var link = baseUrl + AdminUrls.ResetPassword(user.Id, token);
        try
        {
            await _mail.SendAsync(_messages.PasswordReset(user.Email, user.DisplayName, link, LinkLifetime, (await _site.GetAsync(cancellationToken)).Settings.SiteName), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(ex, user.Id);
        }

        await _audit.WriteAsync(AuditActions.PasswordResetRequested, "User:" + user.Id, user.Email, userId: user.Id, userName: user.UserName);
    }

    /// <summary>
    /// Sets the new password with the token (Identity's password rules apply), ends a lockout and clears
    /// <see cref="PortalUser.MustChangePassword"/> (the person chose it). Audited as <see cref="AuditActions.PasswordReset"/>.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <returns>Changed; Invalid with Vietnamese errors (an unknown account reads as an expired link).</returns>
    public async Task<AccountChange> ResetAsync(ResetPasswordModel form)
    {
        var user = await _users.FindByIdAsync(form.UserId);
        if (user is null)
        {
            return AccountChange.Invalid([new FormError("", ExpiredMessage)]);
        }

        var result = await _users.ResetPasswordAsync(user, form.Token, form.NewPassword);
        if (!result.Succeeded)
        {
            return AccountChange.Invalid(result.Errors
                .Select(e => new FormError("", e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? ExpiredMessage : e.Description))
                .ToList());
        }

        user.MustChangePassword = false;
        await _users.UpdateAsync(user);
        await _users.SetLockoutEndDateAsync(user, null);
        await _users.ResetAccessFailedCountAsync(user);
        await _audit.WriteAsync(AuditActions.PasswordReset, "User:" + user.Id, user.Email ?? "", userId: user.Id, userName: user.UserName);
        return AccountChange.Changed("Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.");
    }

    /// <summary>Shown for a wrong, used or expired link.</summary>
    public const string ExpiredMessage = "Liên kết đặt lại mật khẩu không đúng, đã dùng hoặc đã hết hạn. Hãy yêu cầu liên kết mới.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password-reset e-mail to account {UserId} could not be sent")]
    private partial void LogSendFailed(Exception exception, string userId);
}
