using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>Newsroom accounts for browser tests: made in the portal's own store, signed in through the real form.</summary>
public static class BrowserStaff
{
    /// <summary>Creates an account with one role and a unique e-mail.</summary>
    /// <param name="fixture">The running portal.</param>
    /// <param name="role">A <c>NewsroomRoles</c> name.</param>
    /// <param name="password">Its password (must satisfy the portal's rules).</param>
    /// <returns>The account.</returns>
    public static async Task<PortalUser> CreateUserAsync(this PortalBrowserFixture fixture, string role, string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = role, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>Signs in at <c>/dang-nhap</c> in a new page of the context and waits for the admin area.</summary>
    /// <param name="context">A browser context of the fixture.</param>
    /// <param name="user">The account.</param>
    /// <param name="password">Its password.</param>
    /// <returns>The page, on <c>/admin…</c>.</returns>
    /// <exception cref="InvalidOperationException">Sign-in did not reach the admin area within 30 s (the page's text says why).</exception>
    public static async Task<IPage> SignInAsync(this IBrowserContext context, PortalUser user, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.FillAsync("#Email", user.Email!);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("main form button[type=submit]");
        try
        {
            await page.WaitForURLAsync("**/admin**", new() { Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"Sign-in did not reach /admin: at {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
        }

        return page;
    }
}
