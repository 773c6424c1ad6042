using Microsoft.AspNetCore.Hosting;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// The portal without demo content, configured to mail through a <see cref="TestSmtpServer"/> on 127.0.0.1 (no TLS),
/// with a fast outbox (polls every second, retries after a second).
/// </summary>
public class SmtpPortalFactory : PortalFactory, IAsyncLifetime
{
    public TestSmtpServer Smtp { get; } = new();

    protected override bool SeedDemoContent => false;

    public async Task InitializeAsync() => await Smtp.StartAsync();

    async Task IAsyncLifetime.DisposeAsync() => await Smtp.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:StartTls", "None");
        builder.UseSetting("Smtp:From", "Toà soạn thử <toasoan@test.local>");
        builder.UseSetting("Smtp:PollInterval", "00:00:01");
        builder.UseSetting("Smtp:RetryDelay", "00:00:01");
        builder.UseSetting("Smtp:Timeout", "00:00:02");
    }
}

/// <summary>A second instance of <see cref="SmtpPortalFactory"/> for the test class that stops its SMTP server.</summary>
public sealed class DownSmtpPortalFactory : SmtpPortalFactory
{
}

/// <summary>
/// The test classes that share one <see cref="SmtpPortalFactory"/> (each portal host holds file watchers, and the
/// machine's inotify instances are few when several test runs share it). They run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SmtpPortalGroup : ICollectionFixture<SmtpPortalFactory>
{
    public const string Name = "Portal with a test SMTP server";
}
