using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>
/// The real app served by Kestrel on <c>http://127.0.0.1:{port}</c> (port chosen by the OS), with its own
/// SQLite file, media and log folders in a temp folder that is deleted on dispose. Demo content is seeded.
/// </summary>
public sealed class KestrelPortalFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pp-browser-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <summary>Creates the factory.</summary>
    /// <param name="settings">Further configuration keys (e.g. <c>Smtp:Host</c>), applied after the defaults.</param>
    public KestrelPortalFactory(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        // Port 0 lets the OS pick a free port. The factory sets http://127.0.0.1:0 as the hosting URL with
        // PreferHostingUrls, which overrides the Kestrel:Endpoints (localhost:5000) of appsettings.json.
        UseKestrel(0);
    }

    /// <summary>Base address the server listens on, e.g. <c>http://127.0.0.1:41234/</c>; set by <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/>.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_root);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_root, "portal.db")}");
        builder.UseSetting("Site:MediaPath", Path.Combine(_root, "media"));
        builder.UseSetting("Logging:FileFolder", Path.Combine(_root, "logs"));
        builder.UseSetting("Site:SeedDemoContent", "true");

        // Every browser test signs in from 127.0.0.1 against this one server.
        builder.UseSetting("SignInRateLimits:PermitsPerIp", "100000");
        builder.UseSetting("SignInRateLimits:PermitsPerAccount", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
