using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Stop-gap <see cref="IArticleSearch"/> for SQL Server and PostgreSQL until they get a native index (PostgreSQL:
/// <c>unaccent</c> + <c>tsvector</c>; SQL Server: full-text): loads every visible article that passes the filters
/// and matches the phrase in memory with the same folding, ranking and exact-first rule as the SQLite index.
/// Its cost grows with the number of articles (every search reads all their text); fine for a small site,
/// not for a large archive. Needs no index, so <see cref="FallbackArticleSearchIndex"/> does nothing.
/// </summary>
public sealed class FallbackArticleSearch : IArticleSearch
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the search.</summary>
    /// <param name="db">The context (any provider).</param>
    /// <param name="clock">Clock deciding what is published.</param>
    public FallbackArticleSearch(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task<ArticleSearchResults> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var phrase = request.Phrase;
        var rows = await SearchCandidates.For(_db, request, _clock.GetUtcNow())
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
            .ToListAsync(cancellationToken);

        var scored = new List<(ArticleSearchHit Hit, int Score)>();
        foreach (var row in rows)
        {
            var body = ArticleSearchDocument.BodyText(row.BodyHtml, row.BodyMarkdown);
            var score = (10 * Count(row.Title)) + (4 * Count(row.Lead)) + Count(body);
            if (score == 0)
            {
                continue;
            }

            var exact = phrase.HasDiacritics
                && (CountExact(row.Title) + CountExact(row.Lead) + CountExact(body)) > 0;
            scored.Add((new ArticleSearchHit(row.Id, row.Title, row.Slug, row.Lead, body, row.PublishedAt, row.CategoryName, exact), score));
        }

        var skip = SearchCandidates.Skip(request, scored.Count);
        var page = skip is null
            ? []
            : scored
                .OrderByDescending(s => s.Hit.ExactMatch)
                .ThenByDescending(s => s.Score)
                .ThenByDescending(s => s.Hit.PublishedAt)
                .ThenByDescending(s => s.Hit.ArticleId)
                .Skip(skip.Value)
                .Take(request.PageSize)
                .Select(s => s.Hit)
                .ToList();
        return new ArticleSearchResults(scored.Count, page);

        int Count(string text) => SearchText.CountPhrase(SearchText.FoldedTokens(text), phrase.FoldedTokens);

        int CountExact(string text) => SearchText.CountPhrase(SearchText.ExactTokens(text), phrase.ExactTokens);
    }
}
