using System.Net;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Tests.Infrastructure;

public sealed class FontSizeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public FontSizeTests(PortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Change_WithoutJavaScript_RoundTripsThroughCookieAndPage()
    {
        using var client = _factory.CreateReader();
        var article = await TestArticles.AddAsync(_factory, "Bài để thử cỡ chữ");
        var path = "/tin-tuc/" + article.Slug;

        // The page as a first-time reader gets it (and as the output cache stores it).
        var before = await PortalFactory.GetDocumentAsync(client, path);
        Assert.Contains("fs-2", before.DocumentElement.ClassList);
        var larger = before.QuerySelectorAll(".Block_BanTin_Toolbar a").Single(a => a.TextContent.Contains("Tăng cỡ chữ", StringComparison.Ordinal));

        using var response = await client.GetAsync(larger.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(FontSize.CookieName + "=3;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=", cookie, StringComparison.OrdinalIgnoreCase);

        // Back on the page with the cookie: the server renders the larger step, not the cached default.
        var after = await PortalFactory.GetDocumentAsync(client, path, FontSize.CookieName + "=3");
        Assert.Contains("fs-3", after.DocumentElement.ClassList);
        Assert.DoesNotContain("fs-2", after.DocumentElement.ClassList);

        // And a reader without the cookie still gets the default.
        var other = await PortalFactory.GetDocumentAsync(client, path);
        Assert.Contains("fs-2", other.DocumentElement.ClassList);
    }

    [Theory]
    [InlineData("tang", "4", "5")]
    [InlineData("tang", "5", "5")]
    [InlineData("giam", "3", null)]
    [InlineData("giam", "1", "1")]
    [InlineData("giam", null, "1")]
    [InlineData("tang", "rác", "3")]
    public async Task Change_StepsWithinOneToFive(string change, string? current, string? expected)
    {
        using var client = _factory.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/co-chu/{change}?returnUrl=%2F");
        if (current is not null)
        {
            request.Headers.Add("Cookie", $"{FontSize.CookieName}={Uri.EscapeDataString(current)}");
        }

        using var response = await client.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        if (expected is null)
        {
            // Back to the default step: the cookie is deleted rather than stored.
            Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.StartsWith($"{FontSize.CookieName}={expected};", cookie, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Change_Reset_DeletesCookie()
    {
        using var client = _factory.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/co-chu/mac-dinh?returnUrl=%2F");
        request.Headers.Add("Cookie", FontSize.CookieName + "=5");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(FontSize.CookieName + "=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Change_ForeignReturnUrl_GoesHome(string returnUrl)
    {
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync("/co-chu/tang?returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Change_UnknownDirection_NotFound()
    {
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync("/co-chu/to-hon?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Layout_NeverDisablesZoom()
    {
        using var client = _factory.CreateReader();

        var home = await PortalFactory.GetDocumentAsync(client, "/");

        var viewport = home.QuerySelector("meta[name=viewport]")!.GetAttribute("content")!;
        Assert.DoesNotContain("user-scalable", viewport, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("maximum-scale", viewport, StringComparison.OrdinalIgnoreCase);
    }
}
