using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Accounts;

/// <summary>The portal on a clock the test moves (the sign-in cookie's lifetime is hours; nobody waits for them).</summary>
public sealed class MovableClockPortalFactory : PortalFactory
{
    /// <summary>The app's <see cref="TimeProvider"/>, the cookie handler's included.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override bool SeedDemoContent => false;

    // The schedule job's timers would run on this clock as it jumps hours.
    protected override bool RunSchedule => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>
/// Sessions slide while someone is writing (issue 10): the edit form's autosave requests renew the sign-in cookie, so a
/// reporter typing for longer than the cookie's lifetime is still signed in when they save.
/// </summary>
public sealed class SlidingSessionTests(MovableClockPortalFactory factory) : IClassFixture<MovableClockPortalFactory>
{
    [Fact]
    public void SignInCookie_Slides_TenHours()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.True(options.SlidingExpiration);
        Assert.Equal(TimeSpan.FromHours(10), options.ExpireTimeSpan);
    }

    [Fact]
    public async Task Autosaves_RenewTheCookie_WritingPastTheFirstExpiry_StillSaves()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài viết suốt ngày dài");
        var (token, version) = await FormAsync(reporter, id);

        factory.Clock.Advance(TimeSpan.FromHours(6));
        using var renewed = await AutosaveAsync(reporter, id, token, version, "Viết sau sáu giờ.");
        factory.Clock.Advance(TimeSpan.FromHours(6));
        using var later = await AutosaveAsync(reporter, id, token, version, "Viết sau mười hai giờ.");
        using var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string> { ["Lead"] = "Lưu sau mười hai giờ." });

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains(renewed.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("pp-auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Lưu sau mười hai giờ.", (await AdminArticles.LoadAsync(factory, id)).Lead);
    }

    [Fact]
    public async Task NoRequestForLongerThanTheCookiesLifetime_TheAutosaveIs401WithAMessage()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài bỏ quên qua đêm");
        var (token, version) = await FormAsync(reporter, id);

        factory.Clock.Advance(TimeSpan.FromHours(11));
        using var response = await AutosaveAsync(reporter, id, token, version, "Gõ sau mười một giờ.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Phiên đăng nhập đã hết", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(string Token, string Version)> FormAsync(BrowserLikeClient client, int id)
    {
        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id));
        return (page.QuerySelector("#article-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            page.QuerySelector("#article-form input[name=Version]")!.GetAttribute("value")!);
    }

    private static async Task<HttpResponseMessage> AutosaveAsync(BrowserLikeClient client, int id, string token, string version, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AdminArticles.EditUrl(id) + "/tu-luu")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { title = "Bài viết suốt ngày dài", lead = "", bodyMarkdown = body, version }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }
}
