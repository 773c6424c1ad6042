namespace PublishingPortal.Web.Notifications;

/// <summary>Registers notifications, "Việc của tôi" and e-mail (docs/decisions/016-email-notifications.md).</summary>
public static class NotificationSetup
{
    /// <summary>
    /// Registers <see cref="SmtpOptions"/> (validated at start), the notice writer used by the commit, the queries,
    /// MailKit's sender and the outbox service (idle without <see cref="SmtpOptions.Host"/>).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || MimeKit.MailboxAddress.TryParse(o.From, out _), "Smtp:From phải là một địa chỉ e-mail, ví dụ \"Toà soạn <toasoan@example.vn>\".")
            .ValidateOnStart();
        services.AddSingleton<NotificationSignal>();
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<ArticleNotices>();
        services.AddScoped<MyWorkQueries>();
        services.AddSingleton<SmtpMail>();
        services.AddSingleton<MailMessages>();
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationMailer>());
        services.AddScoped<Accounts.PasswordReset>();
        services.Configure<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Accounts.PasswordReset.LinkLifetime);
        return services;
    }
}
