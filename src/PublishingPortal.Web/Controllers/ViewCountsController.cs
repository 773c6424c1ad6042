using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.ViewCounting;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Counts article views even when the page itself came from the output cache: after the page loads,
/// its script sends <c>POST /luot-xem/{id}</c> (navigator.sendBeacon); without JavaScript a
/// <c>&lt;noscript&gt;</c> 1×1 image requests <c>GET /luot-xem/{id}.gif</c>. Both answer at once and
/// are never cached; bots are ignored. No antiforgery token: the only effect is a counter.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ViewCountsController : Controller
{
    // The smallest transparent GIF (43 bytes).
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private readonly ViewCountBuffer _buffer;

    /// <summary>Creates the controller.</summary>
    /// <param name="buffer">The buffer.</param>
    public ViewCountsController(ViewCountBuffer buffer)
    {
        _buffer = buffer;
    }

    /// <summary>POST <c>/luot-xem/{id}</c> from the page script.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>204.</returns>
    [HttpPost(ReaderUrls.ViewCountTemplate)]
    public IActionResult Count(int id)
    {
        Record(id);
        return NoContent();
    }

    /// <summary>GET <c>/luot-xem/{id}.gif</c> from the no-JavaScript image.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>A 1×1 transparent GIF.</returns>
    [HttpGet(ReaderUrls.ViewPixelTemplate)]
    public IActionResult Pixel1(int id)
    {
        Record(id);
        return File(Pixel, "image/gif");
    }

    private void Record(int id)
    {
        if (!ViewCountBuffer.IsBot(Request.Headers.UserAgent))
        {
            _buffer.Add(id);
        }
    }
}
