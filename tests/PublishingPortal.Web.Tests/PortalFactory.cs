using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Tests;

/// <summary>
/// The real app over HTTP (TestServer) with its own SQLite file, media and log folders in a temp folder,
/// one per test class, so classes run in parallel without sharing state.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pp-web-" + Guid.NewGuid().ToString("N"));

    public string Root => _root;

    public string DatabasePath => Path.Combine(_root, "portal.db");

    protected virtual bool SeedDemoContent => true;

    protected virtual bool RunSchedule => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_root);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("Site:MediaPath", Path.Combine(_root, "media"));
        builder.UseSetting("Logging:FileFolder", Path.Combine(_root, "logs"));
        builder.UseSetting("Site:SeedDemoContent", SeedDemoContent ? "true" : "false");

        // Test classes sign in dozens of times from one (absent) client address; SignInRateLimitTests sets its own limits.
        builder.UseSetting("SignInRateLimits:PermitsPerIp", "100000");
        builder.UseSetting("SignInRateLimits:PermitsPerAccount", "100000");
        if (!RunSchedule)
        {
            builder.UseSetting("Schedule:Enabled", "false");
        }
    }

    public HttpClient CreateReader() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>What publishing will do once the admin exists: drop cached reader pages after a change.</summary>
    public async Task EvictReaderPagesAsync() =>
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(DependencyInjection.ReaderPagesTag, default);

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp folder is cleaned by the OS later.
        }
    }
}

/// <summary>The app without demo content, for tests that need an exact set of articles.</summary>
public sealed class EmptyPortalFactory : PortalFactory
{
    protected override bool SeedDemoContent => false;
}

/// <summary>
/// The app without demo content and without the schedule job, for tests that count the SQL a request costs:
/// the job's lease and due queries run on their own timer and would land in the count.
/// </summary>
public sealed class QuietPortalFactory : PortalFactory
{
    protected override bool SeedDemoContent => false;

    protected override bool RunSchedule => false;
}
