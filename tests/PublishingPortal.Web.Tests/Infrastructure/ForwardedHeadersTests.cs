using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Infrastructure;

/// <summary>
/// Behind a TLS reverse proxy (issue 9), over real HTTP to Kestrel on 127.0.0.1: with <c>X-Forwarded-Proto: https</c>
/// and <c>X-Forwarded-Host: public.host</c> from the trusted (default: loopback) proxy, the canonical link, og:url,
/// sitemap &lt;loc&gt; and RSS links are <c>https://public.host/…</c> and the sign-in cookie is <c>Secure</c>; when the
/// configured proxy is another address, the same headers from loopback are ignored. A malformed proxy setting fails validation.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicOrigin = "https://public.host";

    [Fact]
    public async Task FromTrustedProxy_AbsoluteUrlsUsePublicHttpsOrigin()
    {
        using var factory = new KestrelPortal(knownProxy: null);
        using var client = factory.CreateForwardingClient();
        var slug = await PublishedSlugAsync(factory);

        var article = await GetDocumentAsync(client, ReaderUrls.Article(slug));
        var sitemap = XDocument.Parse(await GetStringAsync(client, ReaderUrls.SitemapArticles(1)));
        var feed = XDocument.Parse(await GetStringAsync(client, ReaderUrls.SiteFeed));

        Assert.Equal(PublicOrigin + ReaderUrls.Article(slug), article.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(PublicOrigin + ReaderUrls.Article(slug), article.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(PublicOrigin + ReaderUrls.Article(slug), locs);
        Assert.All(locs, l => Assert.StartsWith(PublicOrigin + "/", l, StringComparison.Ordinal));
        var links = feed.Descendants("link").Select(e => e.Value).ToList();
        Assert.True(links.Count > 1);
        Assert.All(links, l => Assert.StartsWith(PublicOrigin + "/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromTrustedProxyOverHttps_SignInCookieIsSecure()
    {
        using var factory = new KestrelPortal(knownProxy: null);
        using var client = factory.CreateForwardingClient();
        var user = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Reporter);
        using var browser = new BrowserLikeClient(client);

        using var response = await browser.SubmitAsync(AdminUrls.SignIn(), new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = StaffAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pp-auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FromUnknownProxy_ForwardedHeadersAreIgnored()
    {
        // Only 10.20.30.40 is trusted, so loopback, where this test connects from, is not.
        using var factory = new KestrelPortal(knownProxy: "10.20.30.40");
        using var client = factory.CreateForwardingClient();
        var slug = await PublishedSlugAsync(factory);
        var origin = factory.ServerAddress.GetLeftPart(UriPartial.Authority);

        var article = await GetDocumentAsync(client, ReaderUrls.Article(slug));
        var sitemap = await GetStringAsync(client, ReaderUrls.SitemapArticles(1));

        Assert.StartsWith("http://127.0.0.1:", origin, StringComparison.Ordinal);
        Assert.Equal(origin + ReaderUrls.Article(slug), article.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("<loc>" + origin + ReaderUrls.Article(slug) + "</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("public.host", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "proxy.local")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0")]
    public void MalformedProxySetting_FailsValidationNamingTheValue(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddPortalForwardedHeaders()
            .BuildServiceProvider();

        // ValidateOnStart runs this same validation when the host starts.
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ProxyOptions>>().Value);

        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private static Task<string> PublishedSlugAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync());

    private static async Task<string> GetStringAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetDocumentAsync(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await GetStringAsync(client, url));

    /// <summary>The app on Kestrel (127.0.0.1, a free port), optionally trusting one proxy address instead of loopback.</summary>
    private sealed class KestrelPortal : PortalFactory
    {
        private readonly string? _knownProxy;

        public KestrelPortal(string? knownProxy)
        {
            _knownProxy = knownProxy;
            UseKestrel(0);
            StartServer();
        }

        public Uri ServerAddress => ClientOptions.BaseAddress;

        /// <summary>A client that sends what a TLS proxy adds and keeps cookies itself (Secure cookies included, as the proxy's client would).</summary>
        public HttpClient CreateForwardingClient()
        {
            var client = new HttpClient(new ForwardingCookieHandler { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } })
            {
                BaseAddress = ServerAddress,
            };
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", "public.host");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (_knownProxy is not null)
            {
                builder.UseSetting("Proxy:KnownProxies:0", _knownProxy);
            }
        }
    }

    // The client side of the proxy: it sees https, so it returns Secure cookies that a CookieContainer would hold back over http.
    private sealed class ForwardingCookieHandler : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var pair in setCookies.Select(c => c.Split(';', 2)[0].Split('=', 2)))
                {
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
