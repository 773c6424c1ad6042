using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;
using PublishingPortal.Web.Monitoring;
using PublishingPortal.Web.Sections;

namespace PublishingPortal.Web.Search;

/// <summary>
/// Builds the search page: the category list for the filter (kept by <see cref="SectionCache"/>), then, when the query is usable,
/// the search itself (<see cref="IArticleSearch"/>: a count and a page) and the highlighted titles and excerpts.
/// When every term together finds nothing and the query has two or more terms, it runs the
/// <see cref="SearchMatch.MostTerms"/> fallback and labels the page "Kết quả gần đúng" (issue 12: never an empty
/// page for a query that shares words with articles).
/// </summary>
public sealed class SearchPageQueries
{
    /// <summary>Characters of lead or body shown around the first match.</summary>
    public const int ExcerptLength = 280;

    private readonly SectionCache _sections;
    private readonly IArticleSearch _search;
    private readonly SiteTimeZone _zone;
    private readonly PortalMetrics _metrics;

    /// <summary>Creates the queries.</summary>
    /// <param name="sections">The kept sections (the filter's list).</param>
    /// <param name="search">The provider's search.</param>
    /// <param name="zone">Site time zone for the date filters.</param>
    /// <param name="metrics">Search duration and result count.</param>
    public SearchPageQueries(SectionCache sections, IArticleSearch search, SiteTimeZone zone, PortalMetrics metrics)
    {
        _metrics = metrics;
        _sections = sections;
        _search = search;
        _zone = zone;
    }

    /// <summary>Runs the query.</summary>
    /// <param name="query">The parsed query string.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page model; not searched when the query has errors or is blank.</returns>
    public async Task<SearchPage> BuildAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var categories = (await _sections.GetAsync(cancellationToken)).SearchOptions.ToList();
        var errors = query.Errors.ToList();
        if (query.CategorySlug is { } slug && errors.Count == 0 && !categories.Exists(c => c.Slug == slug))
        {
            errors.Add(SearchMessages.UnknownCategory);
        }

        var request = errors.Count == 0 ? query.ToRequest(_zone) : null;
        if (request is null)
        {
            return new SearchPage { Query = query, Categories = categories, Errors = errors };
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = await _search.SearchAsync(request, cancellationToken);
        if (results.Total == 0 && request.Phrase.Terms.Count >= 2)
        {
            var approximate = await _search.SearchAsync(request with { Match = SearchMatch.MostTerms }, cancellationToken);
            results = approximate.Total > 0 ? approximate with { Approximate = true } : results;
        }

        _metrics.SearchCompleted(System.Diagnostics.Stopwatch.GetElapsedTime(started), results.Total);
        var tokens = request.Phrase.FoldedTokens;
        return new SearchPage
        {
            Query = query,
            Categories = categories,
            Errors = errors,
            Searched = true,
            Total = results.Total,
            Approximate = results.Approximate,
            MoreThanWindow = results.MoreThanWindow,
            Items = results.Hits.Select(hit => new SearchResultItem(
                MatchHighlighter.Highlight(hit.Title, tokens),
                hit.Slug,
                hit.PublishedAt,
                hit.CategoryName,
                MatchHighlighter.Excerpt(hit.Lead, tokens, ExcerptLength)
                    ?? MatchHighlighter.Excerpt(hit.Body, tokens, ExcerptLength)
                    ?? MatchHighlighter.Shorten(hit.Lead, ExcerptLength))).ToList(),
        };
    }
}
