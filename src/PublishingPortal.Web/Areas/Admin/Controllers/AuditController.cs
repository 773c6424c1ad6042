using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Audit;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The audit log for Administrators (<see cref="PortalPolicies.Administration"/>): <c>/admin/nhat-ky</c>,
/// newest first, <see cref="AuditPage.PageSize"/> a page, filtered by user, action, days in the site's
/// time zone and IP (<see cref="AuditQueries"/>). Read-only by design (issue 3: "entries cannot be edited
/// from the UI"): this controller has no POST, and nothing else in the app edits or deletes
/// <see cref="AuditEntry"/> rows.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class AuditController : AdminController
{
    private readonly AuditQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Audit log reads.</param>
    public AuditController(AuditQueries queries)
    {
        _queries = queries;
    }

    /// <summary>
    /// GET <c>/admin/nhat-ky</c>. Filters that cannot be read are reported in Vietnamese and no entries
    /// are listed (never a 500, never a silently ignored filter).
    /// </summary>
    /// <param name="nguoi">Part of the user name.</param>
    /// <param name="hanhdong">An action name from <see cref="AuditActions.Labels"/>.</param>
    /// <param name="tu">First day (inclusive), dd/MM/yyyy or yyyy-MM-dd, site time.</param>
    /// <param name="den">Last day (inclusive), dd/MM/yyyy or yyyy-MM-dd, site time.</param>
    /// <param name="ip">Start of the IP address, e.g. "10.0." or a whole address.</param>
    /// <param name="trang">1-based page (<see cref="Paging.ParseClampedPageNumber"/>): past the end shows the last page, garbage the first.</param>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.AuditTemplate)]
    public async Task<IActionResult> Index(string? nguoi, string? hanhdong, string? tu, string? den, string? ip, string? trang)
    {
        var filter = new AuditFilter { User = nguoi?.Trim(), Action = hanhdong?.Trim(), From = tu?.Trim(), To = den?.Trim(), IpAddress = ip?.Trim() };
        return View(await _queries.PageAsync(filter, Paging.ParseClampedPageNumber(trang), HttpContext.RequestAborted));
    }
}
