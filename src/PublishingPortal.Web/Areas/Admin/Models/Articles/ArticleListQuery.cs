using System.Globalization;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>
/// Filters, order and page of the article list, parsed from its query string
/// (<c>?trangthai=&amp;chuyenmuc=&amp;tacgia=&amp;q=&amp;sapxep=&amp;trang=</c>). Values that do not
/// parse are ignored (the whole list, page 1), never an error.
/// </summary>
public sealed record ArticleListQuery(ArticleStatus? Status, int? CategoryId, string? AuthorId, string? Text, ArticleListSort Sort, int Page)
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 20;

    /// <summary>Longest search text used, in characters; longer input is cut.</summary>
    public const int TextMaxLength = 200;

    /// <summary>Query-string value of each order.</summary>
    public static IReadOnlyDictionary<ArticleListSort, string> SortNames { get; } = new Dictionary<ArticleListSort, string>
    {
        [ArticleListSort.Newest] = "moi-nhat",
        [ArticleListSort.Oldest] = "cu-nhat",
        [ArticleListSort.Title] = "tieu-de",
        [ArticleListSort.Published] = "xuat-ban",
    };

    /// <summary>Parses the query string.</summary>
    /// <param name="status">trangthai: a state name (Draft, InReview, …), case-insensitive.</param>
    /// <param name="category">chuyenmuc: a section id.</param>
    /// <param name="author">tacgia: an account id.</param>
    /// <param name="text">q: text looked for in the title.</param>
    /// <param name="sort">sapxep: one of <see cref="SortNames"/>.</param>
    /// <param name="page">trang: 1-based page number.</param>
    /// <returns>The query.</returns>
    public static ArticleListQuery Parse(string? status, string? category, string? author, string? text, string? sort, string? page)
    {
        // Names only: Enum.TryParse would also take numbers and comma lists.
        ArticleStatus? parsedStatus = status is { Length: > 0 and <= 20 } && status.All(char.IsAsciiLetter)
            && Enum.TryParse<ArticleStatus>(status, ignoreCase: true, out var s)
            ? s
            : null;
        int? categoryId = int.TryParse(category, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : null;
        var authorId = string.IsNullOrWhiteSpace(author) || author.Length > 450 ? null : author.Trim();
        var query = string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (query is { Length: > TextMaxLength })
        {
            query = query[..TextMaxLength];
        }

        var order = SortNames.FirstOrDefault(p => p.Value == sort, new(ArticleListSort.Newest, "")).Key;
        return new ArticleListQuery(parsedStatus, categoryId, authorId, query, order, Paging.ParseClampedPageNumber(page));
    }
}
