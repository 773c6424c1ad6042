using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>
/// One app server (<see cref="KestrelPortalFactory"/>) and one headless Chromium per test class. Tests open
/// their own browser context, so cookies and storage never leak from one test to the next.
/// </summary>
public class PortalBrowserFixture : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>
    /// The system Chromium (Debian package <c>chromium</c>). Playwright's own browser download is not used:
    /// CI installs the package, and tests must not fetch browsers.
    /// </summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private KestrelPortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's services, e.g. to create newsroom accounts with UserManager.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => _factory?.BaseAddress ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, which is missing. "
                + "Install it with `apt-get install -y chromium` (as root; run `apt-get update` first if the package is not found). "
                + "Do not run `playwright install`: the tests use the system Chromium.");
        }

        try
        {
            _factory = new KestrelPortalFactory(await StartDependenciesAsync());
            _factory.StartServer();
            EnsureLoopbackOnly(_factory);

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed; release what was started.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts what the portal needs before it starts (e.g. an SMTP server) and gives the settings that point to it.</summary>
    /// <returns>Configuration keys for the portal; none by default.</returns>
    protected virtual Task<IReadOnlyDictionary<string, string>> StartDependenciesAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Stops what <see cref="StartDependenciesAsync"/> started, after the portal stopped.</summary>
    /// <returns>A task.</returns>
    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;

    /// <summary>A fresh browser context (own cookies) whose relative URLs resolve against the app.</summary>
    /// <param name="javaScriptEnabled">False to browse as a reader without JavaScript.</param>
    /// <returns>The context; dispose it at the end of the test.</returns>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "vi-VN",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        await StopDependenciesAsync();
    }

    // xunit calls IAsyncLifetime.DisposeAsync; this one is for any other owner. Disposing twice is harmless.
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    // The test server must not be reachable from the network: every bound address is 127.0.0.1.
    private static void EnsureLoopbackOnly(KestrelPortalFactory factory)
    {
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0
            || addresses.Any(a => !Uri.TryCreate(a, UriKind.Absolute, out var uri) || !IPAddress.TryParse(uri.Host, out var ip) || !ip.Equals(IPAddress.Loopback) || uri.Port == 0))
        {
            throw new InvalidOperationException($"The app should listen on http://127.0.0.1 only, but listens on: {string.Join(", ", addresses)}");
        }
    }
}
