using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Base of every admin controller: area <c>Admin</c>, one area-wide policy (any newsroom role),
/// never cached. Per-action policies and per-article checks come on top.
/// </summary>
[Area("Admin")]
[Authorize(Policy = PortalPolicies.Newsroom)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    /// <summary>Key of the one-line message shown after a redirect.</summary>
    public const string FlashKey = "Flash";

    /// <summary>Shows a message on the next page.</summary>
    /// <param name="message">Vietnamese sentence.</param>
    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>Puts a service's form errors into ModelState, so the form shows them beside its own.</summary>
    /// <param name="errors">Messages by field ("" for the whole form).</param>
    protected void AddErrors(IEnumerable<FormError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }

    /// <summary>Puts a service's form errors into ModelState, so the form shows them beside its own.</summary>
    /// <param name="errors">Message by field name ("" for the whole form), as <c>ArticleSaveResult.Errors</c> holds them.</param>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
