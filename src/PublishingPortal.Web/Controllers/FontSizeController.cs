using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// The no-JavaScript path of the font-size controls: each control is a plain link here that stores
/// the new step in a cookie and returns to the page it came from. With JavaScript the page script
/// changes the size at once and writes the same cookie, so the two paths agree.
/// </summary>
public sealed class FontSizeController : Controller
{
    /// <summary>
    /// GET <c>/co-chu/{change}</c> with <c>change</c> = <c>tang</c> (larger), <c>giam</c> (smaller) or
    /// <c>mac-dinh</c> (default). A preference cookie, not server state, so a link (GET) is right here.
    /// </summary>
    /// <param name="change">Which way.</param>
    /// <param name="returnUrl">Local path to go back to; anything else goes home.</param>
    /// <returns>302 to the page, or 404 for an unknown change.</returns>
    [HttpGet(ReaderUrls.FontSizeTemplate)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult Change(string change, string? returnUrl)
    {
        var step = FontSize.FromRequest(Request);
        int next;
        switch (change)
        {
            case ReaderUrls.FontSizeLarger:
                next = Math.Min(step + 1, FontSize.Max);
                break;
            case ReaderUrls.FontSizeSmaller:
                next = Math.Max(step - 1, FontSize.Min);
                break;
            case ReaderUrls.FontSizeDefault:
                next = FontSize.Default;
                break;
            default:
                return NotFound();
        }

        if (next == FontSize.Default)
        {
            Response.Cookies.Delete(FontSize.CookieName, new CookieOptions { Path = "/" });
        }
        else
        {
            Response.Cookies.Append(FontSize.CookieName, next.ToString(CultureInfo.InvariantCulture), new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                HttpOnly = false,
                IsEssential = true,
            });
        }

        return LocalRedirect(LocalUrl.IsSafe(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl! : ReaderUrls.Home);
    }
}
