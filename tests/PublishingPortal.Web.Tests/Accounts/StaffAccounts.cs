using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Web.Tests.Accounts;

/// <summary>Creates newsroom accounts and signs them in through the real sign-in form.</summary>
public static class StaffAccounts
{
    public const string Password = "mat-khau-thu-nghiem-2024";

    public static async Task<PortalUser> CreateUserAsync(PortalFactory factory, string role, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local",
            DisplayName = role + " thử nghiệm",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.Email = user.UserName;
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    public static BrowserLikeClient CreateClient(PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in as a new user with <paramref name="role"/>.</summary>
    public static async Task<(BrowserLikeClient Client, PortalUser User)> SignInAsNewAsync(PortalFactory factory, string role)
    {
        var user = await CreateUserAsync(factory, role);
        var client = CreateClient(factory);
        await SignInAsync(client, user.Email!, Password);
        return (client, user);
    }

    public static async Task SignInAsync(BrowserLikeClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
    }
}
