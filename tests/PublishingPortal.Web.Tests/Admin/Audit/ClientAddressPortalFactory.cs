using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PublishingPortal.Web.Tests.Admin.Audit;

/// <summary>
/// The app without demo content, with a client IP address on every request. TestServer leaves
/// <c>Connection.RemoteIpAddress</c> null, so the audit log would record no IP; this stands in for the
/// network: the address is <see cref="DefaultAddress"/>, or the one in the <see cref="AddressHeader"/>
/// request header. Test-only: the app itself never trusts a header for the client address.
/// </summary>
public sealed class ClientAddressPortalFactory : PortalFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public const string DefaultAddress = "203.0.113.10";

    protected override bool SeedDemoContent => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressStartupFilter>());
    }

    /// <summary>A client that keeps cookies and comes from <paramref name="address"/>.</summary>
    public BrowserLikeClient CreateClientFrom(string address)
    {
        var client = Accounts.StaffAccounts.CreateClient(this);
        client.Http.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                var header = context.Request.Headers[AddressHeader].ToString();
                context.Connection.RemoteIpAddress = IPAddress.Parse(string.IsNullOrEmpty(header) ? DefaultAddress : header);
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
