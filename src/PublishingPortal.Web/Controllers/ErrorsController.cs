using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Vietnamese error pages, reached by status-code re-execution and the exception handler. Re-execution
/// keeps the original method, so a refused POST arrives here as a POST: no antiforgery check here.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    /// <summary>GET <c>/loi/{code}</c>: the page for an HTTP status code, answered with that status.</summary>
    /// <param name="code">HTTP status, 400–599; anything else is shown as 404. From the route only: a re-executed POST
    /// may carry its own form field "Code" (the two-factor forms do), which must not pick the page.</param>
    /// <returns>The error page.</returns>
    [Route(ReaderUrls.ErrorTemplate)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult Show([FromRoute] int code)
    {
        if (code is < 400 or > 599)
        {
            code = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound ? View("NotFound") : View("Error", code);
    }
}
