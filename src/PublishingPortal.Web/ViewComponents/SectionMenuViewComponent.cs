using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Sections;

namespace PublishingPortal.Web.ViewComponents;

/// <summary>
/// The readers' section menu in the header (issue 11): sections with "Hiện trên menu", in order, children under
/// their parent. The page's own section comes from <c>ViewData["CurrentSection"]</c> (a slug, set by section and
/// article pages). The menu is part of every cached reader page, so section changes evict them all
/// (<see cref="SectionCache"/>), which also keeps the menu between changes.
/// </summary>
public sealed class SectionMenuViewComponent : ViewComponent
{
    /// <summary>Key of the current section's slug in the view data.</summary>
    public const string CurrentSectionKey = "CurrentSection";

    private readonly SectionCache _sections;

    /// <summary>Creates the component.</summary>
    /// <param name="sections">The kept sections.</param>
    public SectionMenuViewComponent(SectionCache sections)
    {
        _sections = sections;
    }

    /// <summary>Renders the menu.</summary>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var sections = await _sections.GetAsync(HttpContext.RequestAborted);
        return View(new SectionMenuModel(sections.Menu, ViewData[CurrentSectionKey] as string));
    }
}
