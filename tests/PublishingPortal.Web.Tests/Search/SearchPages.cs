using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>Reads the search page the way the tests need it.</summary>
internal static class SearchPages
{
    public static string Url(string query, string? extra = null) =>
        "/tim-kiem?q=" + Uri.EscapeDataString(query) + (extra is null ? "" : "&" + extra);

    public static async Task<IHtmlDocument> SearchAsync(PortalFactory factory, string query, string? extra = null)
    {
        using var client = factory.CreateReader();
        return await PortalFactory.GetDocumentAsync(client, Url(query, extra));
    }

    /// <summary>Result titles in page order (text content, marks included).</summary>
    public static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent).ToList();

    /// <summary>Result links in page order.</summary>
    public static List<string> Links(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href")!).ToList();

    public static string? Error(IHtmlDocument page) => page.QuerySelector(".form-errors[role=alert]")?.TextContent;

    public static async Task<(HttpStatusCode Status, IHtmlDocument Page, Uri? Location)> GetAsync(PortalFactory factory, string url)
    {
        using var client = factory.CreateReader();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), response.Headers.Location);
    }
}
