using System.Net;
using AngleSharp.Html.Parser;

namespace PublishingPortal.Web.Tests.Admin.Profile;

/// <summary>Turns two-factor sign-in on through the profile pages, as a person with an authenticator app would.</summary>
public static class TwoFactorSetup
{
    public const string PageUrl = "/admin/ho-so/xac-thuc-hai-lop";

    /// <summary>Makes a key, reads it off the page, answers with the current code; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(BrowserLikeClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (var start = await client.SubmitAsync(PageUrl, formSelector: "form.new-key"))
        {
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        }

        var key = await ReadKeyAsync(client);
        using var enabled = await client.SubmitAsync(PageUrl, new Dictionary<string, string> { ["Enable.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "form.enable-two-factor");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var page = new HtmlParser().ParseDocument(await enabled.Content.ReadAsStringAsync());
        var codes = page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    /// <summary>The shared key shown on the page, without the spaces between groups.</summary>
    public static async Task<string> ReadKeyAsync(BrowserLikeClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetDocumentAsync(PageUrl);
        var shown = page.QuerySelector(".shared-key")?.TextContent ?? throw new InvalidOperationException("No shared key on the page.");
        return shown.Replace(" ", "", StringComparison.Ordinal);
    }
}
