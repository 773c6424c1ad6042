using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// The count and the page of every provider's search, from a query of matching candidate articles with their score:
/// tier first (phrase, near, anywhere), then exact spelling, then score (higher is better), then newest, then highest id. Both run in SQL; only the
/// page's rows are read.
/// </summary>
internal static class ScoredArticles
{
    public static async Task<ArticleSearchResults> PageAsync(IQueryable<ScoredArticle> found, ArticleSearchRequest request, CancellationToken cancellationToken) =>
        await PageAsync(found, request, await found.CountAsync(cancellationToken), false, cancellationToken);

    /// <summary>The hits of a page already ranked in SQL (ids in rank order), read from the articles readers may see.</summary>
    /// <param name="candidates">The visible, filtered articles (<see cref="SearchCandidates.For"/>).</param>
    /// <param name="page">The page's article ids, best first, with their exact-spelling key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The hits in the given order; an article withdrawn since the ranking is left out.</returns>
    public static async Task<IReadOnlyList<ArticleSearchHit>> HitsAsync(IQueryable<Article> candidates, IReadOnlyList<(int Id, bool Exact)> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var ids = page.Select(p => p.Id).ToList();
        var rows = await candidates
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Slug,
                a.Lead,
                a.BodyHtml,
                a.BodyMarkdown,
                PublishedAt = a.PublishedAt!.Value,
                CategoryName = a.Category != null ? a.Category.Name : null,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return page
            .Where(p => rows.ContainsKey(p.Id))
            .Select(p => rows[p.Id])
            .Select((r, i) => new ArticleSearchHit(
                r.Id,
                r.Title,
                r.Slug,
                r.Lead,
                ArticleSearchDocument.BodyText(r.BodyHtml, r.BodyMarkdown),
                r.PublishedAt,
                r.CategoryName,
                page.First(p => p.Id == r.Id).Exact))
            .ToList();
    }

    /// <summary>The page of <paramref name="found"/> when its size is already known (the rank window counted it).</summary>
    /// <param name="found">The ranked candidates (the window).</param>
    /// <param name="request">Page and page size.</param>
    /// <param name="total">Matches reported, at most <see cref="ArticleSearchRequest.RankWindow"/>.</param>
    /// <param name="moreThanWindow">Whether more matched than the window holds.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The results; no rows read when the page is past the end.</returns>
    public static async Task<ArticleSearchResults> PageAsync(IQueryable<ScoredArticle> found, ArticleSearchRequest request, int total, bool moreThanWindow, CancellationToken cancellationToken)
    {
        if (SearchCandidates.Skip(request, total) is not { } skip)
        {
            return new ArticleSearchResults(total, []) { MoreThanWindow = moreThanWindow };
        }

        var rows = await found
            .OrderByDescending(x => x.Tier)
            .ThenByDescending(x => x.Exact)
            .ThenByDescending(x => x.Score)
            .ThenByDescending(x => x.Article.PublishedAt)
            .ThenByDescending(x => x.Article.Id)
            .Skip(skip)
            .Take(request.PageSize)
            .Select(x => new
            {
                x.Article.Id,
                x.Article.Title,
                x.Article.Slug,
                x.Article.Lead,
                x.Article.BodyHtml,
                x.Article.BodyMarkdown,
                PublishedAt = x.Article.PublishedAt!.Value,
                CategoryName = x.Article.Category != null ? x.Article.Category.Name : null,
                x.Exact,
            })
            .ToListAsync(cancellationToken);

        return new ArticleSearchResults(
            total,
            rows.ConvertAll(r => new ArticleSearchHit(
                r.Id,
                r.Title,
                r.Slug,
                r.Lead,
                ArticleSearchDocument.BodyText(r.BodyHtml, r.BodyMarkdown),
                r.PublishedAt,
                r.CategoryName,
                r.Exact)))
        {
            MoreThanWindow = moreThanWindow,
        };
    }
}

/// <summary>A matching article in a search query (projected by EF Core, never materialised whole).</summary>
internal sealed class ScoredArticle
{
    public required Article Article { get; init; }

    /// <summary>
    /// Ranked first (decision 003). One token: 2. Two or more: (typed phrase ? 1 : 0) + (near each other ? 1 : 0)
    /// + 2 × the typed neighbour pairs held as phrases (<see cref="SearchPhrase.AdjacentPairs"/>; with two tokens the one
    /// pair is the phrase itself): the whole phrase ranks above everything else, near above anywhere, and more of
    /// the typed pairs above fewer.
    /// For <see cref="SearchMatch.MostTerms"/>, the number of terms the article holds.
    /// </summary>
    public int Tier { get; init; }

    public required double Score { get; init; }

    public required bool Exact { get; init; }
}
