using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Site;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Site;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Site pages at <c>/admin/trang</c> (Administrators): list, create, edit and delete Vietnamese pages and their
/// English versions, with the article form's rich-text editor over the Markdown body. Refusals re-show the form
/// (400) with Vietnamese messages and store nothing; every change is audited (<see cref="SitePages"/>).
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class SitePagesController : AdminController
{
    private readonly SitePages _pages;

    /// <summary>Creates the controller.</summary>
    /// <param name="pages">The pages service.</param>
    public SitePagesController(SitePages pages)
    {
        _pages = pages;
    }

    /// <summary>GET <c>/admin/trang</c>: every page, each Vietnamese page followed by its English version.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The list.</returns>
    [HttpGet(AdminUrls.SitePagesTemplate)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await _pages.ListAsync(cancellationToken));

    /// <summary>GET <c>/admin/trang/tao-moi</c>: the empty form of a Vietnamese page.</summary>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.SitePageCreateTemplate)]
    public IActionResult Create() => View("Form", new SitePageFormPage(new SitePageForm { ShowInFooter = true }, null, null, null));

    /// <summary>POST <c>/admin/trang/tao-moi</c>.</summary>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Redirect to the new page's form, or the form with errors (400).</returns>
    [HttpPost(AdminUrls.SitePageCreateTemplate)]
    public async Task<IActionResult> Create(SitePageForm form, CancellationToken cancellationToken)
    {
        var (page, errors) = await _pages.CreateAsync(form, null, cancellationToken);
        if (page is null)
        {
            return Refused(new SitePageFormPage(form, null, null, null), errors);
        }

        Flash("Đã tạo trang.");
        return Redirect(AdminUrls.SitePageEdit(page.Id));
    }

    /// <summary>GET <c>/admin/trang/{id}/ban-tieng-anh</c>: the empty form of a Vietnamese page's English version.</summary>
    /// <param name="id">The Vietnamese page.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The form; 404 for an unknown or English page; the English version's form when it exists.</returns>
    [HttpGet(AdminUrls.SitePageEnglishTemplate)]
    public async Task<IActionResult> CreateEnglish(int id, CancellationToken cancellationToken)
    {
        var vietnamese = await _pages.FindAsync(id, cancellationToken);
        if (vietnamese is null || vietnamese.Language != SitePage.Vietnamese)
        {
            return NotFound();
        }

        if (await _pages.EnglishOfAsync(id, cancellationToken) is { } english)
        {
            return Redirect(AdminUrls.SitePageEdit(english.Id));
        }

        return View("Form", new SitePageFormPage(new SitePageForm { SortOrder = vietnamese.SortOrder }, null, vietnamese, null));
    }

    /// <summary>POST <c>/admin/trang/{id}/ban-tieng-anh</c>.</summary>
    /// <param name="id">The Vietnamese page.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Redirect to the English page's form, or the form with errors (400).</returns>
    [HttpPost(AdminUrls.SitePageEnglishTemplate)]
    public async Task<IActionResult> CreateEnglish(int id, SitePageForm form, CancellationToken cancellationToken)
    {
        var vietnamese = await _pages.FindAsync(id, cancellationToken);
        if (vietnamese is null || vietnamese.Language != SitePage.Vietnamese)
        {
            return NotFound();
        }

        var (page, errors) = await _pages.CreateAsync(form, vietnamese, cancellationToken);
        if (page is null)
        {
            return Refused(new SitePageFormPage(form, null, vietnamese, null), errors);
        }

        Flash("Đã tạo bản tiếng Anh.");
        return Redirect(AdminUrls.SitePageEdit(page.Id));
    }

    /// <summary>GET <c>/admin/trang/{id}</c>: a page's form.</summary>
    /// <param name="id">Page id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The form, or 404.</returns>
    [HttpGet(AdminUrls.SitePageEditTemplate)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var page = await _pages.FindAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var form = new SitePageForm
        {
            Title = page.Title,
            Slug = page.Slug,
            BodyMarkdown = page.BodyMarkdown,
            SortOrder = page.SortOrder,
            ShowInFooter = page.ShowInFooter,
            ShowInMenu = page.ShowInMenu,
        };
        return View("Form", await FormPageAsync(form, page, cancellationToken));
    }

    /// <summary>POST <c>/admin/trang/{id}</c>.</summary>
    /// <param name="id">Page id.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Redirect to the form with a notice, the form with errors (400), or 404.</returns>
    [HttpPost(AdminUrls.SitePageEditTemplate)]
    public async Task<IActionResult> Edit(int id, SitePageForm form, CancellationToken cancellationToken)
    {
        var page = await _pages.FindAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var errors = await _pages.SaveAsync(page, form, cancellationToken);
        if (errors.Count > 0)
        {
            return Refused(await FormPageAsync(form, page, cancellationToken), errors);
        }

        Flash("Đã lưu trang.");
        return Redirect(AdminUrls.SitePageEdit(page.Id));
    }

    /// <summary>POST <c>/admin/trang/{id}/xoa</c>: deletes the page (a Vietnamese page with its English version).</summary>
    /// <param name="id">Page id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Redirect to the list, or 404.</returns>
    [HttpPost(AdminUrls.SitePageDeleteTemplate)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var page = await _pages.FindAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        await _pages.DeleteAsync(page, cancellationToken);
        Flash($"Đã xoá trang “{page.Title}”.");
        return Redirect(AdminUrls.SitePages);
    }

    private async Task<SitePageFormPage> FormPageAsync(SitePageForm form, SitePage page, CancellationToken cancellationToken)
    {
        var vietnamese = page.VietnamesePageId is { } vid ? await _pages.FindAsync(vid, cancellationToken) : null;
        var english = page.Language == SitePage.Vietnamese ? await _pages.EnglishOfAsync(page.Id, cancellationToken) : null;
        return new SitePageFormPage(form, page, vietnamese, english);
    }

    private ViewResult Refused(SitePageFormPage model, Dictionary<string, string> errors)
    {
        ModelState.Clear();
        AddErrors(errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", model);
    }
}
