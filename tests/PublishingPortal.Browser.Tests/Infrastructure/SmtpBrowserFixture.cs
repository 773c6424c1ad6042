using System.Globalization;
using PublishingPortal.Web.Tests.Notifications;

namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>
/// <see cref="PortalBrowserFixture"/> whose portal mails through a real SMTP server on 127.0.0.1 in the test process
/// (<see cref="TestSmtpServer"/>, no TLS), with an outbox that polls every second.
/// </summary>
public sealed class SmtpBrowserFixture : PortalBrowserFixture
{
    /// <summary>The SMTP server; its messages are what the portal sent.</summary>
    public TestSmtpServer Smtp { get; } = new();

    protected override async Task<IReadOnlyDictionary<string, string>> StartDependenciesAsync()
    {
        await Smtp.StartAsync();
        return new Dictionary<string, string>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:StartTls"] = "None",
            ["Smtp:From"] = "Toà soạn thử <toasoan@test.local>",
            ["Smtp:PollInterval"] = "00:00:01",
            ["Smtp:RetryDelay"] = "00:00:01",
        };
    }

    protected override async Task StopDependenciesAsync() => await Smtp.DisposeAsync();
}
