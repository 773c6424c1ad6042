using System.Net;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// Issue 12: any input gets a page, never a 5xx, with no account needed. The queries arrive as raw URL-encoded bytes,
/// so malformed UTF-8 (a lone surrogate encoded as bytes, overlong forms, stray bytes) reaches the server as a browser
/// or a script would send it (ASP.NET Core leaves a sequence that is not UTF-8 percent-encoded in the value). Words
/// separated by noncharacters are still found.
/// </summary>
public abstract class SearchHostileInputTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchHostileInputTests(TFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(HostileSearchQueries.Raw), MemberType = typeof(HostileSearchQueries))]
    public async Task AnyQuery_GetsAPage_NeverAServerError(string raw)
    {
        using var client = _factory.CreateReader();
        using var response = await client.GetAsync("/tim-kiem?q=" + raw);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"search-q\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CombiningFlood_And2000Characters_GetAPage()
    {
        using var client = _factory.CreateReader();
        var flood = "a" + string.Concat(Enumerable.Repeat("%CC%81", 3000));
        using (var response = await client.GetAsync("/tim-kiem?q=" + flood))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var response = await client.GetAsync("/tim-kiem?q=" + string.Concat(Enumerable.Repeat("%F0%9F%98%80", 2000))))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task NoncharactersBetweenWords_SeparateThem_TheWordsAreFound()
    {
        var article = await TestArticles.AddAsync(_factory, "Khánh thành trạm bơm Phú Thọ " + Guid.NewGuid().ToString("N")[..6]);

        using var client = _factory.CreateReader();
        using var response = await client.GetAsync("/tim-kiem?q=tr%E1%BA%A1m%EF%BF%BEb%C6%A1m%EF%BF%BFph%C3%BA%EF%B7%90th%E1%BB%8D");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(SearchPages.Error(page));
        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
    }
}

/// <summary>The raw (URL-encoded) queries of <see cref="SearchHostileInputTests{TFactory}"/>.</summary>
public static class HostileSearchQueries
{
    public static TheoryData<string> Raw => new()
    {
        "%EF%BF%BE",                                   // U+FFFE
        "%EF%BF%BF",                                   // U+FFFF
        "%EF%B7%90%EF%B7%AF",                          // U+FDD0, U+FDEF
        "%F4%8F%BF%BE",                                // U+10FFFE
        "%ED%A0%80",                                   // U+D800, a lone surrogate as UTF-8 bytes
        "%ED%B0%80x",                                  // U+DC00 then a letter
        "%C0%AF%C0%80",                                // overlong "/" and NUL
        "%FF%FE%FD",                                   // bytes that are never UTF-8
        "%E2%80%8F%D7%A9%D7%9C%D7%95%D7%9D%E2%80%8E",  // RTL and LTR marks around Hebrew
        "%E2%80%8B%E2%80%8C%E2%80%8D%EF%BB%BF",        // zero-width space, ZWNJ, ZWJ, BOM
        "%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7%E2%80%8D%F0%9F%91%A6", // family ZWJ sequence
        "%F0%9F%87%BB%F0%9F%87%B3",                    // flag VN
        "%00%01%02%1B%7F%C2%85%C2%9F",                 // C0 and C1 controls
        "%27%20OR%201%3D1%20--%20",                    // SQL
        "%22%20OR%20%22%22%3D%22",                     // SQL with quotes
        "title%3A*%20NEAR(a%20b%2C%202)%20%5E%20%7B%7D", // FTS5 syntax
        "%26%20%7C%20!%20%3C-%3E%20%3A*",              // tsquery syntax
        "%5C%5C%5C%25%25_",                            // escapes and LIKE wildcards
    };
}

/// <summary>SQLite (FTS5).</summary>
public sealed class SearchHostileInputTests(EmptyPortalFactory factory) : SearchHostileInputTests<EmptyPortalFactory>(factory);
