using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Notifications;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The admin home, "Việc của tôi" (issue 11): what waits for me by state and section, what came back to me with
/// the reason, my drafts, recent changes to my articles and my unread notifications (<see cref="MyWorkQueries"/>).
/// </summary>
public sealed class DashboardController : AdminController
{
    private readonly MyWorkQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">The reads of the page.</param>
    public DashboardController(MyWorkQueries queries)
    {
        _queries = queries;
    }

    /// <summary>GET <c>/admin</c>.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.HomeTemplate)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await _queries.PageAsync(User, cancellationToken));
}
