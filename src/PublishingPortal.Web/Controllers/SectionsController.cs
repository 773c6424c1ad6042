using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Section pages <c>/chuyen-muc/{slug}</c> and tag pages <c>/tu-khoa/{slug}</c>: newest first, paged with
/// <c>?trang=N</c>. A page number that is not a positive whole number redirects (301) to page 1; a page
/// past the end is 404.
/// </summary>
public sealed class SectionsController : Controller
{
    private readonly ArticleQueries _queries;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    public SectionsController(ArticleQueries queries)
    {
        _queries = queries;
    }

    /// <summary>GET <c>/chuyen-muc/{slug}</c>.</summary>
    /// <param name="slug">Section slug.</param>
    /// <param name="trang">Page number as typed.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The list, a redirect to page 1, a 301 from a former slug to the current one, or 404.</returns>
    [HttpGet(ReaderUrls.SectionTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderListPolicy)]
    public async Task<IActionResult> Category(string slug, string? trang, CancellationToken cancellationToken)
    {
        var result = await ListAsync(ReaderUrls.Section(slug), trang, page => _queries.CategoryPageAsync(slug, page, cancellationToken), "Chuyên mục");
        // A renamed section's old address keeps working (301, like article slugs), page number included.
        if (result is NotFoundResult && slug.Length <= 200 && await _queries.RenamedSectionSlugAsync(slug, cancellationToken) is { } current)
        {
            var page = trang is null ? 1 : Paging.ParsePageNumber(trang) ?? 1;
            return RedirectPermanent(ReaderUrls.Section(current, page));
        }

        return result;
    }

    /// <summary>GET <c>/tu-khoa/{slug}</c>.</summary>
    /// <param name="slug">Tag slug.</param>
    /// <param name="trang">Page number as typed.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The list, a redirect to page 1, or 404.</returns>
    [HttpGet(ReaderUrls.TagTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderListPolicy)]
    public Task<IActionResult> Tag(string slug, string? trang, CancellationToken cancellationToken) =>
        ListAsync(ReaderUrls.Tag(slug), trang, page => _queries.TagPageAsync(slug, page, cancellationToken), "Từ khóa");

    private async Task<IActionResult> ListAsync(string basePath, string? trang, Func<int, Task<SectionOrTagPage?>> load, string kind)
    {
        var page = trang is null ? 1 : Paging.ParsePageNumber(trang);
        if (page is null)
        {
            return RedirectPermanent(basePath);
        }

        if (basePath.Length > 200)
        {
            return NotFound();
        }

        var list = await load(page.Value);
        if (list is null || list.Paging.IsPastEnd)
        {
            return NotFound();
        }

        ViewData["Kind"] = kind;
        ViewData["BasePath"] = basePath;
        return View("List", list);
    }
}
