using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PublishingPortal.Web.Tests;

/// <summary>
/// The real app on a site folder the test chooses (database <c>portal.db</c> and <c>media/</c> inside it),
/// without demo content: a site restored from a backup, or a second instance sharing another's files.
/// The folder belongs to the test, which deletes it.
/// </summary>
public sealed class FolderPortalFactory(string root) : WebApplicationFactory<Program>
{
    public string DatabasePath => Path.Combine(root, "portal.db");

    public string MediaPath => Path.Combine(root, "media");

    public HttpClient CreateReader() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("Site:MediaPath", MediaPath);
        builder.UseSetting("Logging:FileFolder", Path.Combine(root, "logs"));
        builder.UseSetting("Site:SeedDemoContent", "false");
    }
}
