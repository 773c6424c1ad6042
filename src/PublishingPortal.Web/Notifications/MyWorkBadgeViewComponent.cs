using Microsoft.AspNetCore.Mvc;

namespace PublishingPortal.Web.Notifications;

/// <summary>
/// The admin header's "Việc của tôi" link with its count: unread notifications plus articles waiting for me
/// (<see cref="MyWorkQueries.CountAsync"/>, two COUNT queries). The number is written out in words beside the
/// pill, so it never relies on colour.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class MyWorkBadgeViewComponent : ViewComponent
{
    /// <summary>The component's name for <c>Component.InvokeAsync</c>.</summary>
    public const string Name = "MyWorkBadge";

    private readonly MyWorkQueries _queries;

    /// <summary>Creates the component.</summary>
    /// <param name="queries">The counts.</param>
    public MyWorkBadgeViewComponent(MyWorkQueries queries)
    {
        _queries = queries;
    }

    /// <summary>Renders the link.</summary>
    /// <returns>The link with the count.</returns>
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Areas/Admin/Views/Shared/_MyWorkBadge.cshtml", await _queries.CountAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
}
