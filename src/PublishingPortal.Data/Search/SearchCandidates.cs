using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The articles a search may return: those readers may see at <c>now</c> (<see cref="ReaderVisibility"/>, the
/// rule of the reader pages) narrowed by the request's category and dates.
/// Checked against the Articles table on every query, so an index entry never outlives a withdrawal.
/// </summary>
internal static class SearchCandidates
{
    public static IQueryable<Article> For(PortalDbContext db, ArticleSearchRequest request, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PageSize, ArticleSearchRequest.MaxPageSize);
        var articles = db.Articles.AsNoTracking().Where(ReaderVisibility.At(now));
        if (request.CategorySlug is { } slug)
        {
            articles = articles.Where(a => a.Category != null && a.Category.Slug == slug);
        }

        if (request.PublishedFrom is { } from)
        {
            articles = articles.Where(a => a.PublishedAt >= from);
        }

        if (request.PublishedBefore is { } before)
        {
            articles = articles.Where(a => a.PublishedAt < before);
        }

        return articles;
    }

    /// <summary>Rows to skip for the request's page, or null when the page starts past <paramref name="total"/>.</summary>
    public static int? Skip(ArticleSearchRequest request, int total) =>
        Paging.At(request.Page, request.PageSize, total) is { HasRows: true } page ? page.Skip : null;
}
