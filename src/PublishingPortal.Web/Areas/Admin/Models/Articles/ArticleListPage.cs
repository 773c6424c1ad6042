using Microsoft.AspNetCore.Mvc.Rendering;
using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>The article list page.</summary>
/// <param name="Query">Filters, order and page in force.</param>
/// <param name="Items">Rows of this page.</param>
/// <param name="Paging">The page shown (clamped to a real page) among the rows matching the filters.</param>
/// <param name="Categories">Section filter options (value = id).</param>
/// <param name="Authors">Author filter options (value = account id).</param>
public sealed record ArticleListPage(
    ArticleListQuery Query,
    IReadOnlyList<ArticleListRow> Items,
    Paging Paging,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Authors);
