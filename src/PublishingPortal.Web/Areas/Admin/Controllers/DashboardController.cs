using Microsoft.AspNetCore.Mvc;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>The admin home: where to go next.</summary>
public sealed class DashboardController : AdminController
{
    /// <summary>GET <c>/admin</c>.</summary>
    /// <returns>The dashboard.</returns>
    [HttpGet("/admin")]
    public IActionResult Index() => View();
}
