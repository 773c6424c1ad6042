using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Tests.Accounts;

/// <summary>A portal with small sign-in limits (3 per account, 4 per address, 5-second window) and a client address per request header.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    protected override bool SeedDemoContent => false;

    protected override bool RunSchedule => false;

    public BrowserLikeClient CreateClientFrom(string address)
    {
        var client = StaffAccounts.CreateClient(this);
        client.Http.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignInRateLimits:PermitsPerAccount", "3");
        builder.UseSetting("SignInRateLimits:PermitsPerIp", "4");
        builder.UseSetting("SignInRateLimits:Window", Window.ToString());
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, AddressFilter>());
    }

    private sealed class AddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                var header = context.Request.Headers[AddressHeader].ToString();
                context.Connection.RemoteIpAddress = string.IsNullOrEmpty(header) ? null : IPAddress.Parse(header);
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Issue 11: sign-in POSTs limited per account and per address; over the limit 429, Retry-After, nothing done.</summary>
public sealed class SignInRateLimitTests : IClassFixture<RateLimitedPortalFactory>
{
    private readonly RateLimitedPortalFactory _factory;

    public SignInRateLimitTests(RateLimitedPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task PerAccount_FourthTryFromAnyAddress_429NothingDone_ThenResetsAfterWindow()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        for (var i = 0; i < 3; i++)
        {
            using var client = _factory.CreateClientFrom($"198.51.100.{10 + i}");
            using var failed = await PostSignInAsync(client, user.Email!, "sai-mat-khau-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // From a fresh address, with the right password and the e-mail in another case: still refused.
        using var late = _factory.CreateClientFrom("198.51.100.99");
        using (var refused = await PostSignInAsync(late, " " + user.Email!.ToUpperInvariant() + " ", StaffAccounts.Password))
        {
            await AssertTooManyAsync(refused);
        }

        using (var admin = await late.Http.GetAsync("/admin"))
        {
            Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
            Assert.Equal("/dang-nhap", admin.Headers.Location!.AbsolutePath);
        }

        // Nothing happened for the refused POST: three failures counted and audited, not four, no sign-in.
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));
        Assert.Equal(3, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.UserId == user.Id && e.Action == AuditActions.SignInFailed)));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == user.Id && e.Action == AuditActions.SignIn)));

        // Another account from the same address is not affected.
        var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using (var otherClient = _factory.CreateClientFrom("198.51.100.99"))
        {
            await StaffAccounts.SignInAsync(otherClient, other.Email!, StaffAccounts.Password);
        }

        // After the window, the account signs in again.
        await Task.Delay(RateLimitedPortalFactory.Window + TimeSpan.FromMilliseconds(300));
        await StaffAccounts.SignInAsync(late, user.Email!, StaffAccounts.Password);
        using var home = await late.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task PerAddress_FifthTryWithAnyAccount_429_OtherAddressesUnaffected_CodeStepsCountToo()
    {
        using var client = _factory.CreateClientFrom("203.0.113.77");
        for (var i = 0; i < 3; i++)
        {
            using var failed = await PostSignInAsync(client, $"khong-ton-tai-{i}-{Guid.NewGuid():N}@test.local", "sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // The authenticator-code step is limited per address as well (no pending sign-in: it redirects, and counts).
        using (var code = await client.Http.PostAsync("/dang-nhap/ma-xac-thuc", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "123456" })))
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, code.StatusCode);
        }

        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using (var refused = await PostSignInAsync(client, user.Email!, StaffAccounts.Password))
        {
            await AssertTooManyAsync(refused);
        }

        using (var code = await client.Http.PostAsync("/dang-nhap/ma-khoi-phuc", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "AAAAA-BBBBB" })))
        {
            await AssertTooManyAsync(code);
        }

        // The form itself (GET) and the reader site are not limited.
        using (var form = await client.Http.GetAsync("/dang-nhap"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }

        using var elsewhere = _factory.CreateClientFrom("203.0.113.78");
        await StaffAccounts.SignInAsync(elsewhere, user.Email!, StaffAccounts.Password);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(BrowserLikeClient client, string email, string password) =>
        await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), RateLimitedPortalFactory.Window);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("pp-auth=", StringComparison.Ordinal)));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Bạn đã thử quá nhiều lần", page.QuerySelector(".error-page")!.TextContent, StringComparison.Ordinal);
    }
}
