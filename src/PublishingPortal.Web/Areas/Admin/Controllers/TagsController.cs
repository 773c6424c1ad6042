using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Sections;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Tags (Từ khóa), Administrators only (<see cref="PortalPolicies.Administration"/>): list with counts and search
/// <c>/admin/tu-khoa</c>, rename, merge into another, delete. The work, audit and cache eviction are
/// <see cref="TagAdministration"/>'s; an unknown id answers 404; a refusal shows a Vietnamese message and changes
/// nothing.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class TagsController : AdminController
{
    private readonly TagAdministration _tags;

    /// <summary>Creates the controller.</summary>
    /// <param name="tags">Tag administration.</param>
    public TagsController(TagAdministration tags)
    {
        _tags = tags;
    }

    /// <summary>GET <c>/admin/tu-khoa?q=&amp;trang=</c>.</summary>
    /// <param name="q">Search words; accents do not matter.</param>
    /// <param name="trang">Page as typed, clamped.</param>
    /// <returns>The list.</returns>
    [HttpGet(AdminUrls.TagsTemplate)]
    public async Task<IActionResult> Index(string? q, string? trang) =>
        View(await _tags.ListAsync(q, Paging.ParseClampedPageNumber(trang), HttpContext.RequestAborted));

    /// <summary>GET <c>/admin/tu-khoa/{id}</c>: rename, merge and delete forms.</summary>
    /// <param name="id">Tag id.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet(AdminUrls.TagEditTemplate)]
    public async Task<IActionResult> Edit(int id)
    {
        var tag = await _tags.FindAsync(id, HttpContext.RequestAborted);
        return tag is null ? NotFound() : View(tag);
    }

    /// <summary>POST <c>/admin/tu-khoa/{id}</c> with <c>name</c>: renames.</summary>
    /// <param name="id">Tag id.</param>
    /// <param name="name">New name.</param>
    /// <returns>Redirect to the list, the page with the reason (422), or 404.</returns>
    [HttpPost(AdminUrls.TagEditTemplate)]
    public async Task<IActionResult> Edit(int id, string? name) =>
        await AnswerAsync(id, await _tags.RenameAsync(id, name, HttpContext.RequestAborted));

    /// <summary>POST <c>/admin/tu-khoa/{id}/gop</c> with <c>vao</c> (the tag that stays).</summary>
    /// <param name="id">Tag that goes away.</param>
    /// <param name="vao">Tag that stays.</param>
    /// <returns>Redirect to the list, the page with the reason (422), or 404.</returns>
    [HttpPost(AdminUrls.TagMergeTemplate)]
    public async Task<IActionResult> Merge(int id, int? vao) =>
        await AnswerAsync(id, await _tags.MergeAsync(id, vao, HttpContext.RequestAborted));

    /// <summary>POST <c>/admin/tu-khoa/{id}/xoa</c>.</summary>
    /// <param name="id">Tag id.</param>
    /// <returns>Redirect to the list, or 404.</returns>
    [HttpPost(AdminUrls.TagDeleteTemplate)]
    public async Task<IActionResult> Delete(int id) =>
        await AnswerAsync(id, await _tags.DeleteAsync(id, HttpContext.RequestAborted));

    private async Task<IActionResult> AnswerAsync(int id, SectionChange? change)
    {
        if (change is null)
        {
            return NotFound();
        }

        if (change.Done)
        {
            Flash(change.Message);
            return Redirect(AdminUrls.Tags());
        }

        ModelState.AddModelError("", change.Errors[0].Message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var tag = await _tags.FindAsync(id, HttpContext.RequestAborted);
        return tag is null ? NotFound() : View("Edit", tag);
    }
}
