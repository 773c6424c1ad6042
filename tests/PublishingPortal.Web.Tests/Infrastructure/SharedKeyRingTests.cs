using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Infrastructure;

/// <summary>
/// Two hosts on one database share the data-protection key ring (table DataProtectionKeys): what one issues (the
/// sign-in cookie, the antiforgery token) the other accepts, as behind a round-robin load balancer, and a host
/// started later (a restart) still reads the cookies issued before.
/// </summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-keys-" + Guid.NewGuid().ToString("N"));

    public SharedKeyRingTests()
    {
        Directory.CreateDirectory(_folder);
    }

    private string DatabasePath => Path.Combine(_folder, "shared.db");

    [Fact]
    public async Task SignInOnA_FormPostedToB_AcceptedAndSaved()
    {
        using var a = new SharedDatabaseFactory(DatabasePath);
        using var b = new SharedDatabaseFactory(DatabasePath);
        _ = a.Services;
        _ = b.Services;
        var user = await StaffAccounts.CreateUserAsync(a, NewsroomRoles.Reporter);
        var cookies = new CookieContainer();
        using var onA = new BrowserLikeClient(a.CreateDefaultClient(new CookieContainerHandler(cookies)));
        using var onB = new BrowserLikeClient(b.CreateDefaultClient(new CookieContainerHandler(cookies)));

        await StaffAccounts.SignInAsync(onA, user.Email!, StaffAccounts.Password);
        var form = (IHtmlFormElement)(await onA.GetDocumentAsync("/admin/bai-viet/tao-moi")).QuerySelector("#article-form")!;
        using var response = await onB.SubmitAsync(form, "/admin/bai-viet/tao-moi", new Dictionary<string, string>
        {
            ["Title"] = "Bài gửi qua máy thứ hai",
            ["Lead"] = "Sapo của bài.",
            ["BodyMarkdown"] = "Đoạn mở đầu.",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"B answered {(int)response.StatusCode} to A's cookie and token");
        Assert.StartsWith("/admin/bai-viet/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var saved = await b.WithDbAsync(db => db.Articles.CountAsync(x => x.Title == "Bài gửi qua máy thứ hai" && x.AuthorId == user.Id));
        Assert.Equal(1, saved);
        Assert.Equal(1, await b.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task SignInOnA_HostRestarted_StillSignedIn()
    {
        var cookies = new CookieContainer();
        using (var a = new SharedDatabaseFactory(DatabasePath))
        {
            var user = await StaffAccounts.CreateUserAsync(a, NewsroomRoles.Reporter);
            using var onA = new BrowserLikeClient(a.CreateDefaultClient(new CookieContainerHandler(cookies)));
            await StaffAccounts.SignInAsync(onA, user.Email!, StaffAccounts.Password);
        }

        using var restarted = new SharedDatabaseFactory(DatabasePath);
        using var client = new BrowserLikeClient(restarted.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var (response, page) = await client.GetAsync("/admin/bai-viet/tao-moi");

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.NotNull(page.QuerySelector("#article-form"));

        // The key came from the database, not from a file the restarted host happened to share.
        Assert.Equal(1, await restarted.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A host with its own media and log folders on a database file shared with other hosts.</summary>
    private sealed class SharedDatabaseFactory(string databasePath) : PortalFactory
    {
        protected override bool SeedDemoContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={databasePath}");
        }
    }
}
