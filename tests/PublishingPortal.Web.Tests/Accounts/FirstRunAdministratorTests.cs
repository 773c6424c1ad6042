using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Tests.Accounts;

public sealed partial class FirstRunAdministratorTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public FirstRunAdministratorTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Ensure_NoAccount_CreatesAdministratorAndPrintsPasswordOnceNeverToLog()
    {
        _ = _factory.Services;
        await _factory.WithDbAsync(async db =>
        {
            // Start from a database with no account, as on a fresh clone.
            await db.UserRoles.ExecuteDeleteAsync();
            await db.AuditEntries.ExecuteDeleteAsync();
            return await db.Users.ExecuteDeleteAsync();
        });

        using var console = new StringWriter();
        bool created;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            created = await scope.ServiceProvider.GetRequiredService<FirstRunAdministrator>().EnsureAsync(console);
        }

        Assert.True(created);
        var password = PasswordLine().Match(console.ToString()).Groups[1].Value;
        Assert.True(password.Length >= 16, console.ToString());

        // The printed password signs in through the real form, as an Administrator.
        using var client = StaffAccounts.CreateClient(_factory);
        // The first Administrator must replace the printed password before anything else (issue 11).
        await StaffAccounts.SignInAsync(client, "admin@portal.local", password);
        using (var before = await client.Http.GetAsync("/admin/tai-khoan"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, before.StatusCode);
            Assert.Equal("/admin/ho-so", before.Headers.Location!.OriginalString);
        }

        using (var changed = await client.SubmitAsync("/admin/ho-so", new Dictionary<string, string>
        {
            ["ChangePassword.CurrentPassword"] = password,
            ["ChangePassword.NewPassword"] = "quan-tri-rieng-2026",
            ["ChangePassword.ConfirmPassword"] = "quan-tri-rieng-2026",
        }, "form.change-password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using var users = await client.Http.GetAsync("/admin/tai-khoan");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);

        // A second start prints nothing and creates nothing.
        using var again = new StringWriter();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<FirstRunAdministrator>().EnsureAsync(again));
        }

        Assert.Equal("", again.ToString());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Users.CountAsync()));

        // Nothing in the log files mentions the password.
        var logs = Path.Combine(_factory.Root, "logs");
        foreach (var file in Directory.Exists(logs) ? Directory.EnumerateFiles(logs) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            Assert.DoesNotContain(password, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Roles_AllFourExistAfterStart()
    {
        _ = _factory.Services;
        await using var scope = _factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        foreach (var role in NewsroomRoles.All)
        {
            Assert.True(await roles.RoleExistsAsync(role), role);
        }

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    [GeneratedRegex(@"Mật khẩu:\s+(\S+)")]
    private static partial Regex PasswordLine();
}
