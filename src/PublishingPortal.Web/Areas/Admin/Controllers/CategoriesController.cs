using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Categories;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Sections;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Sections (Chuyên mục), Administrators only (<see cref="PortalPolicies.Administration"/>): list
/// <c>/admin/chuyen-muc</c>, create, edit, move up/down, delete. The work, audit and cache eviction are
/// <see cref="CategoryAdministration"/>'s; an unknown id answers 404; a refusal shows Vietnamese messages and
/// changes nothing.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class CategoriesController : AdminController
{
    private readonly CategoryAdministration _sections;

    /// <summary>Creates the controller.</summary>
    /// <param name="sections">Section administration.</param>
    public CategoriesController(CategoryAdministration sections)
    {
        _sections = sections;
    }

    /// <summary>GET <c>/admin/chuyen-muc</c>: the sections as a tree in menu order.</summary>
    /// <returns>The list.</returns>
    [HttpGet(AdminUrls.CategoriesTemplate)]
    public async Task<IActionResult> Index() => View(await _sections.ListAsync(HttpContext.RequestAborted));

    /// <summary>GET <c>/admin/chuyen-muc/tao-moi</c>: the empty form.</summary>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.CategoryCreateTemplate)]
    public async Task<IActionResult> Create() => View("Edit", await _sections.PageAsync(null, null, HttpContext.RequestAborted));

    /// <summary>POST <c>/admin/chuyen-muc/tao-moi</c>.</summary>
    /// <param name="form">The form.</param>
    /// <returns>Redirect to the list; the form with errors otherwise.</returns>
    [HttpPost(AdminUrls.CategoryCreateTemplate)]
    public async Task<IActionResult> Create(CategoryEditModel form)
    {
        if (!ModelState.IsValid)
        {
            return View("Edit", await _sections.PageAsync(null, form, HttpContext.RequestAborted));
        }

        var change = await _sections.CreateAsync(form, HttpContext.RequestAborted);
        if (!change.Done)
        {
            AddErrors(change.Errors);
            return View("Edit", await _sections.PageAsync(null, form, HttpContext.RequestAborted));
        }

        Flash(change.Message);
        return Redirect(AdminUrls.Categories);
    }

    /// <summary>GET <c>/admin/chuyen-muc/{id}</c>: the section's form and its delete form.</summary>
    /// <param name="id">Section id.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet(AdminUrls.CategoryEditTemplate)]
    public async Task<IActionResult> Edit(int id)
    {
        var page = await _sections.PageAsync(id, null, HttpContext.RequestAborted);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>POST <c>/admin/chuyen-muc/{id}</c>: saves the form; a new slug leaves the old one as a 301.</summary>
    /// <param name="id">Section id.</param>
    /// <param name="form">The form.</param>
    /// <returns>Redirect to the list, the form with errors, or 404.</returns>
    [HttpPost(AdminUrls.CategoryEditTemplate)]
    public async Task<IActionResult> Edit(int id, CategoryEditModel form)
    {
        if (!ModelState.IsValid)
        {
            var invalid = await _sections.PageAsync(id, form, HttpContext.RequestAborted);
            return invalid is null ? NotFound() : View(invalid);
        }

        var change = await _sections.UpdateAsync(id, form, HttpContext.RequestAborted);
        if (change is null)
        {
            return NotFound();
        }

        if (!change.Done)
        {
            AddErrors(change.Errors);
            return View(await _sections.PageAsync(id, form, HttpContext.RequestAborted));
        }

        Flash(change.Message);
        return Redirect(AdminUrls.Categories);
    }

    /// <summary>POST <c>/admin/chuyen-muc/{id}/di-chuyen</c> with <c>huong=len|xuong</c>.</summary>
    /// <param name="id">Section id.</param>
    /// <param name="huong">"len" (up) or "xuong" (down).</param>
    /// <returns>Redirect to the list (with the reason when refused), or 404.</returns>
    [HttpPost(AdminUrls.CategoryMoveTemplate)]
    public async Task<IActionResult> Move(int id, string? huong)
    {
        if (huong is not ("len" or "xuong"))
        {
            Flash("Hãy chọn Lên hoặc Xuống.");
            return Redirect(AdminUrls.Categories);
        }

        var change = await _sections.MoveAsync(id, huong == "len", HttpContext.RequestAborted);
        if (change is null)
        {
            return NotFound();
        }

        Flash(change.Done ? change.Message : change.Errors[0].Message);
        return Redirect(AdminUrls.Categories);
    }

    /// <summary>POST <c>/admin/chuyen-muc/{id}/xoa</c>, with <c>chuyenSang</c> to move its articles first.</summary>
    /// <param name="id">Section id.</param>
    /// <param name="chuyenSang">Section to move the articles to, or null.</param>
    /// <returns>Redirect to the list; the edit page with the reason (422) when refused; 404 for an unknown id.</returns>
    [HttpPost(AdminUrls.CategoryDeleteTemplate)]
    public async Task<IActionResult> Delete(int id, int? chuyenSang)
    {
        var change = await _sections.DeleteAsync(id, chuyenSang, HttpContext.RequestAborted);
        if (change is null)
        {
            return NotFound();
        }

        if (!change.Done)
        {
            ModelState.AddModelError("", change.Errors[0].Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await _sections.PageAsync(id, null, HttpContext.RequestAborted));
        }

        Flash(change.Message);
        return Redirect(AdminUrls.Categories);
    }
}
