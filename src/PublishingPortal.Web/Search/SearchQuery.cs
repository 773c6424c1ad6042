using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Search;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Search;

/// <summary>
/// The search page's query string, read and checked: <c>q</c> (the words), <c>chuyenmuc</c> (a category slug),
/// <c>tu</c> and <c>den</c> (first and last day, dd/MM/yyyy in the site's time zone, both included) and
/// <c>trang</c> (page, from 1). Problems become <see cref="Errors"/> in Vietnamese; nothing here throws for input.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Results per page.</summary>
    public const int PageSize = 10;

    /// <summary>Name of the words parameter.</summary>
    public const string TextKey = "q";

    /// <summary>Name of the category parameter.</summary>
    public const string CategoryKey = "chuyenmuc";

    /// <summary>Name of the first-day parameter.</summary>
    public const string FromKey = "tu";

    /// <summary>Name of the last-day parameter.</summary>
    public const string ToKey = "den";

    /// <summary>Name of the page parameter.</summary>
    public const string PageKey = ReaderUrls.PageKey;

    /// <summary>Label of the first-day field.</summary>
    public const string FromLabel = "Từ ngày";

    /// <summary>Label of the last-day field.</summary>
    public const string ToLabel = "Đến ngày";

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private SearchQuery()
    {
    }

    /// <summary>The words as typed (empty when absent), for the form and links.</summary>
    public string Text { get; private init; } = "";

    /// <summary>The checked phrase; null when the words cannot be searched (see <see cref="Errors"/>) or are absent.</summary>
    public SearchPhrase? Phrase { get; private init; }

    /// <summary>Category slug, or null for all.</summary>
    public string? CategorySlug { get; private init; }

    /// <summary>First-day field as typed (empty when absent).</summary>
    public string FromText { get; private init; } = "";

    /// <summary>Last-day field as typed (empty when absent).</summary>
    public string ToText { get; private init; } = "";

    /// <summary>First day (site time), or null.</summary>
    public DateOnly? From { get; private init; }

    /// <summary>Last day (site time, included), or null.</summary>
    public DateOnly? To { get; private init; }

    /// <summary>Page number, 1 or more (1 when <see cref="PageInvalid"/>).</summary>
    public int Page { get; private init; } = 1;

    /// <summary>Whether <c>trang</c> was given but is not a positive whole number.</summary>
    public bool PageInvalid { get; private init; }

    /// <summary>Whether the page was opened with no parameter at all: show the form, not an error.</summary>
    public bool IsBlank { get; private init; }

    /// <summary>What is wrong, in Vietnamese; empty when the search can run (or <see cref="IsBlank"/>).</summary>
    public IReadOnlyList<string> Errors { get; private init; } = [];

    /// <summary>
    /// The output cache's extra key for the search page: whether <c>q</c> is present at all. Varying by the query's
    /// values alone would give the bare page (a prompt) and <c>?q=</c> (a "type something" error) one entry.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>("q-present", "1" or "0").</returns>
    public static KeyValuePair<string, string> CacheVariation(HttpContext context) =>
        new("q-present", context.Request.Query.ContainsKey(TextKey) ? "1" : "0");

    /// <summary>Reads the query string.</summary>
    /// <param name="query">The request's query collection.</param>
    /// <returns>The parsed query; never throws for bad input.</returns>
    public static SearchQuery Parse(IQueryCollection query)
    {
        var text = First(query, TextKey);
        var category = First(query, CategoryKey).Trim();
        var fromText = First(query, FromKey).Trim();
        var toText = First(query, ToKey).Trim();
        var pageText = query.ContainsKey(PageKey) ? First(query, PageKey).Trim() : null;

        var page = pageText is null ? 1 : Paging.ParsePageNumber(pageText);

        var blank = !query.ContainsKey(TextKey) && category.Length == 0 && fromText.Length == 0 && toText.Length == 0;
        var errors = new List<string>();
        SearchPhrase? phrase = null;
        if (!blank)
        {
            var parsed = SearchPhrase.Parse(text);
            phrase = parsed.Phrase;
            switch (parsed.Error)
            {
                case SearchPhraseError.Empty:
                    errors.Add(SearchMessages.Empty);
                    break;
                case SearchPhraseError.TooLong:
                    errors.Add(SearchMessages.TooLong(parsed.Length));
                    break;
                case SearchPhraseError.NoWords:
                    errors.Add(SearchMessages.NoWords);
                    break;
                case SearchPhraseError.OnlyExclusions:
                    errors.Add(SearchMessages.OnlyExclusions);
                    break;
            }
        }

        var from = ParseDate(fromText, FromLabel, errors);
        var to = ParseDate(toText, ToLabel, errors);
        if (from > to)
        {
            errors.Add(SearchMessages.ReversedDates);
        }

        if (category.Length > 0 && (category.Length > Article.SlugMaxLength || !category.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')))
        {
            errors.Add(SearchMessages.UnknownCategory);
        }

        return new SearchQuery
        {
            Text = text,
            Phrase = phrase,
            CategorySlug = category.Length == 0 ? null : category,
            FromText = fromText,
            ToText = toText,
            From = from,
            To = to,
            Page = page ?? 1,
            PageInvalid = page is null,
            IsBlank = blank,
            Errors = errors,
        };
    }

    /// <summary>The URL of a page of these results, with only the parameters that are set (<see cref="ReaderUrls.Search"/>).</summary>
    /// <param name="page">Page number; 1 leaves <c>trang</c> out.</param>
    /// <returns>e.g. <c>/tim-kiem?q=l%E1%BB%85%20h%E1%BB%99i&amp;trang=2</c>.</returns>
    public string Url(int page) => ReaderUrls.Search(Text, CategorySlug, FromText, ToText, page);

    /// <summary>The request for the search service; dates become UTC instants of the site's midnights.</summary>
    /// <param name="zone">The site's time zone.</param>
    /// <returns>The request, or null when there is no usable phrase or there are errors.</returns>
    public ArticleSearchRequest? ToRequest(SiteTimeZone zone)
    {
        if (Phrase is null || Errors.Count > 0)
        {
            return null;
        }

        return new ArticleSearchRequest(Phrase)
        {
            CategorySlug = CategorySlug,
            PublishedFrom = From is { } from ? zone.FromSiteTime(from) : null,
            PublishedBefore = To is { } to ? zone.FromSiteTime(to.AddDays(1)) : null,
            Page = Page,
            PageSize = PageSize,
        };
    }

    private static string First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] ?? "" : "";

    private static DateOnly? ParseDate(string text, string label, List<string> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length <= 10
            && SiteTimeZone.TryParseDay(text, out var date)
            && date.Year is >= MinYear and <= MaxYear)
        {
            return date;
        }

        errors.Add(SearchMessages.BadDate(label));
        return null;
    }
}
