using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>The admin home: where to go next.</summary>
public sealed class DashboardController : AdminController
{
    /// <summary>GET <c>/admin</c>.</summary>
    /// <returns>The dashboard.</returns>
    [HttpGet(AdminUrls.HomeTemplate)]
    public IActionResult Index() => View();
}
