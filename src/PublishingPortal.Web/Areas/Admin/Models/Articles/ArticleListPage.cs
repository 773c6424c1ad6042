using Microsoft.AspNetCore.Mvc.Rendering;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>The article list page.</summary>
/// <param name="Query">Filters, order and page in force.</param>
/// <param name="Items">Rows of this page.</param>
/// <param name="Total">Rows matching the filters, all pages.</param>
/// <param name="Categories">Section filter options (value = id).</param>
/// <param name="Authors">Author filter options (value = account id).</param>
public sealed record ArticleListPage(
    ArticleListQuery Query,
    IReadOnlyList<ArticleListItem> Items,
    int Total,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Authors)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + ArticleListQuery.PageSize - 1) / ArticleListQuery.PageSize);
}
