using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using PublishingPortal.Web.Search;

namespace PublishingPortal.Web.Routing;

/// <summary>
/// The reader side of the URL map (docs/decisions/004-url-map.md): one <c>…Template</c> constant per route,
/// used by the controllers' attribute routes, and one builder per page, used by views, feeds, sitemaps,
/// JSON-LD, the import command and audit texts. Builders return site-relative paths starting with <c>/</c>;
/// an absolute URL is the request's <c>scheme://host</c> (or <c>Site:BaseUrl</c>) followed by the path.
/// Path values are escaped with <see cref="Uri.EscapeDataString(string)"/>, so no value can add a segment; query
/// values with the framework's URL encoder, as <see cref="QueryBuilder"/> does. Every builder is checked
/// against the registered routes by <c>UrlMapTests</c>.
/// </summary>
public static class ReaderUrls
{
    /// <summary>Name of the page-number parameter of section, tag and search lists: <c>?trang=N</c>, N from 1.</summary>
    public const string PageKey = "trang";

    /// <summary>Name of the "where to go back to" parameter (a local path) of font-size links and sign-in pages.</summary>
    public const string ReturnUrlKey = "returnUrl";

    /// <summary>Slug of the whole-site feed, <c>/rss/tin-moi.xml</c>; every other feed slug is a section's.</summary>
    public const string SiteFeedSlug = "tin-moi";

    /// <summary>Font-size change <c>tang</c>: one step larger.</summary>
    public const string FontSizeLarger = "tang";

    /// <summary>Font-size change <c>giam</c>: one step smaller.</summary>
    public const string FontSizeSmaller = "giam";

    /// <summary>Font-size change <c>mac-dinh</c>: back to the default step.</summary>
    public const string FontSizeDefault = "mac-dinh";

    /// <summary>Start of every font-size link, with its trailing slash (what robots.txt disallows).</summary>
    public const string FontSizePrefix = "/co-chu/";

    /// <summary>The home page: <c>/</c>.</summary>
    public const string HomeTemplate = "/";

    /// <summary>The article page: <c>/tin-tuc/{slug}</c>, the one canonical URL of an article.</summary>
    public const string ArticleTemplate = ArticlePrefix + "{slug}";

    /// <summary>The article as a downloadable HTML file ("Lưu bài"): <c>/tin-tuc/{slug}/luu</c>.</summary>
    public const string ArticleFileTemplate = ArticleTemplate + "/luu";

    /// <summary>A section's list: <c>/chuyen-muc/{slug}</c>, paged with <c>?trang=N</c>.</summary>
    public const string SectionTemplate = SectionPrefix + "{slug}";

    /// <summary>A tag's list: <c>/tu-khoa/{slug}</c>, paged with <c>?trang=N</c>.</summary>
    public const string TagTemplate = TagPrefix + "{slug}";

    /// <summary>The search page: <c>/tim-kiem</c>, its words and filters in the query string (see <see cref="SearchQuery"/>).</summary>
    public const string SearchTemplate = "/tim-kiem";

    /// <summary>
    /// Title suggestions for the header search box (issue 12): <c>/tim-kiem/goi-y?q=…</c> answers a JSON list of
    /// <c>{title, url}</c> (see <see cref="SearchSuggestionRequest"/>).
    /// </summary>
    public const string SearchSuggestionsTemplate = SearchTemplate + "/goi-y";

    /// <summary>
    /// The search URL with the schema.org placeholder in place of the words: the <c>SearchAction</c> target of the
    /// home page's JSON-LD. A URL template, so the braces are deliberately not escaped.
    /// </summary>
    public const string SearchActionTarget = SearchTemplate + "?" + SearchQuery.TextKey + "={search_term_string}";

    /// <summary>The list of feeds: <c>/rss</c>.</summary>
    public const string FeedsTemplate = "/rss";

    /// <summary>One RSS feed: <c>/rss/{slug}.xml</c>, the site's (<see cref="SiteFeedSlug"/>) or a section's.</summary>
    public const string FeedTemplate = FeedsTemplate + "/{slug}.xml";

    /// <summary>The sitemap index: <c>/sitemap.xml</c>.</summary>
    public const string SitemapIndexTemplate = "/sitemap.xml";

    /// <summary>One part of the article sitemap: <c>/sitemap/bai-viet-{part}.xml</c>, part from 1.</summary>
    public const string SitemapArticlesTemplate = SitemapArticlesPrefix + "{part:int}.xml";

    /// <summary>The sitemap of the home page and the sections: <c>/sitemap/chuyen-muc.xml</c>.</summary>
    public const string SitemapSectionsTemplate = "/sitemap/chuyen-muc.xml";

    /// <summary>The Google News sitemap: <c>/sitemap-tin-tuc.xml</c>.</summary>
    public const string NewsSitemapTemplate = "/sitemap-tin-tuc.xml";

    /// <summary>The crawler rules: <c>/robots.txt</c>.</summary>
    public const string RobotsTemplate = "/robots.txt";

    /// <summary>POST target of the page script's view count: <c>/luot-xem/{id}</c>, id an article id.</summary>
    public const string ViewCountTemplate = ViewCountPrefix + "{id:int}";

    /// <summary>The no-JavaScript view-count image: <c>/luot-xem/{id}.gif</c>.</summary>
    public const string ViewPixelTemplate = ViewCountPrefix + "{id:int}.gif";

    /// <summary>The no-JavaScript font-size link: <c>/co-chu/{change}?returnUrl=…</c>, change one of the <c>FontSize…</c> constants.</summary>
    public const string FontSizeTemplate = FontSizePrefix + "{change}";

    /// <summary>The error page of an HTTP status: <c>/loi/{code}</c>, any method (re-execution keeps the request's).</summary>
    public const string ErrorTemplate = ErrorPrefix + "{code:int}";

    /// <summary>The error page as the format string of <c>UseStatusCodePagesWithReExecute</c>: <c>/loi/{0}</c>.</summary>
    public const string ErrorPathFormat = ErrorPrefix + "{0}";

    /// <summary>A Vietnamese site page: <c>/trang/{slug}</c>.</summary>
    public const string SitePageTemplate = SitePagePrefix + "{slug}";

    /// <summary>An English site page (Decree 42/2022 art. 7): <c>/en/{slug}</c>.</summary>
    public const string EnglishPageTemplate = EnglishPagePrefix + "{slug}";

    private const string SitePagePrefix = "/trang/";
    private const string EnglishPagePrefix = "/en/";
    private const string ArticlePrefix = "/tin-tuc/";
    private const string SectionPrefix = "/chuyen-muc/";
    private const string TagPrefix = "/tu-khoa/";
    private const string SitemapArticlesPrefix = "/sitemap/bai-viet-";
    private const string ViewCountPrefix = "/luot-xem/";
    private const string ErrorPrefix = "/loi/";

    /// <summary>The home page.</summary>
    public static string Home => HomeTemplate;

    /// <summary>The list of feeds.</summary>
    public static string Feeds => FeedsTemplate;

    /// <summary>The whole-site feed: <c>/rss/tin-moi.xml</c>.</summary>
    public static string SiteFeed => Feed(SiteFeedSlug);

    /// <summary>The sitemap index.</summary>
    public static string SitemapIndex => SitemapIndexTemplate;

    /// <summary>The sections sitemap.</summary>
    public static string SitemapSections => SitemapSectionsTemplate;

    /// <summary>The Google News sitemap.</summary>
    public static string NewsSitemap => NewsSitemapTemplate;

    /// <summary>The crawler rules.</summary>
    public static string Robots => RobotsTemplate;

    /// <summary>An article's page.</summary>
    /// <param name="slug">The article's current slug.</param>
    /// <returns>e.g. <c>/tin-tuc/hoi-nghi-2024</c>.</returns>
    public static string Article(string slug) => ArticlePrefix + Segment(slug);

    /// <summary>An article as a downloadable HTML file.</summary>
    /// <param name="slug">The article's current slug.</param>
    /// <returns>e.g. <c>/tin-tuc/hoi-nghi-2024/luu</c>.</returns>
    public static string ArticleFile(string slug) => Article(slug) + "/luu";

    /// <summary>A page of a section's list.</summary>
    /// <param name="slug">Section slug.</param>
    /// <param name="page">Page from 1; 1 leaves <c>trang</c> out (the list's canonical URL).</param>
    /// <returns>e.g. <c>/chuyen-muc/thoi-su</c> or <c>/chuyen-muc/thoi-su?trang=2</c>.</returns>
    public static string Section(string slug, int page = 1) => WithPage(SectionPrefix + Segment(slug), page);

    /// <summary>A page of a tag's list.</summary>
    /// <param name="slug">Tag slug.</param>
    /// <param name="page">Page from 1; 1 leaves <c>trang</c> out.</param>
    /// <returns>e.g. <c>/tu-khoa/nong-thon-moi</c> or <c>/tu-khoa/nong-thon-moi?trang=3</c>.</returns>
    public static string Tag(string slug, int page = 1) => WithPage(TagPrefix + Segment(slug), page);

    /// <summary>A page of a paged reader list whose first page is <paramref name="listPath"/>.</summary>
    /// <param name="listPath">Path of page 1, without a query string (from <see cref="Section"/> or <see cref="Tag"/>).</param>
    /// <param name="page">Page from 1; 1 gives <paramref name="listPath"/> itself.</param>
    /// <returns><paramref name="listPath"/>, or it with <c>?trang=N</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is less than 1.</exception>
    public static string WithPage(string listPath, int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return page == 1 ? listPath : listPath + "?" + PageKey + "=" + page.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A page of search results, with only the parameters that are set, in the order q, chuyenmuc, tu, den, trang.</summary>
    /// <param name="text">The words; blank leaves <c>q</c> out, otherwise trimmed.</param>
    /// <param name="categorySlug">Section slug, or null/empty for all.</param>
    /// <param name="from">First day as typed (dd/MM/yyyy), or null/empty.</param>
    /// <param name="to">Last day as typed, or null/empty.</param>
    /// <param name="page">Page from 1; 1 leaves <c>trang</c> out.</param>
    /// <returns>e.g. <c>/tim-kiem?q=l%E1%BB%85%20h%E1%BB%99i&amp;trang=2</c>.</returns>
    public static string Search(string? text = null, string? categorySlug = null, string? from = null, string? to = null, int page = 1)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(text))
        {
            query.Add(SearchQuery.TextKey, text.Trim());
        }

        AddIfSet(query, SearchQuery.CategoryKey, categorySlug);
        AddIfSet(query, SearchQuery.FromKey, from);
        AddIfSet(query, SearchQuery.ToKey, to);
        if (page > 1)
        {
            query.Add(PageKey, page.ToString(CultureInfo.InvariantCulture));
        }

        return SearchTemplate + query.ToQueryString().Value;
    }

    /// <summary>Title suggestions for what a reader has typed so far (decision 017).</summary>
    /// <param name="text">The text as typed, sent as is (the endpoint trims and folds it).</param>
    /// <returns>e.g. <c>/tim-kiem/goi-y?q=hoi%20ngh</c>.</returns>
    public static string SearchSuggestions(string text) =>
        SearchSuggestionsTemplate + new QueryBuilder { { SearchQuery.TextKey, text } }.ToQueryString().Value;

    /// <summary>An RSS feed.</summary>
    /// <param name="slug"><see cref="SiteFeedSlug"/> or a section slug.</param>
    /// <returns>e.g. <c>/rss/thoi-su.xml</c>.</returns>
    public static string Feed(string slug) => FeedsTemplate + "/" + Segment(slug) + ".xml";

    /// <summary>One part of the article sitemap.</summary>
    /// <param name="part">Part from 1.</param>
    /// <returns>e.g. <c>/sitemap/bai-viet-1.xml</c>.</returns>
    public static string SitemapArticles(int part) => SitemapArticlesPrefix + part.ToString(CultureInfo.InvariantCulture) + ".xml";

    /// <summary>Where the page script posts an article's view.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/luot-xem/42</c>.</returns>
    public static string ViewCount(int id) => ViewCountPrefix + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The no-JavaScript view-count image of an article.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/luot-xem/42.gif</c>.</returns>
    public static string ViewPixel(int id) => ViewCount(id) + ".gif";

    /// <summary>A font-size link that comes back to <paramref name="returnPath"/>.</summary>
    /// <param name="change"><see cref="FontSizeLarger"/>, <see cref="FontSizeSmaller"/> or <see cref="FontSizeDefault"/>.</param>
    /// <param name="returnPath">Local path of the page the link is on.</param>
    /// <returns>e.g. <c>/co-chu/tang?returnUrl=%2Ftin-tuc%2Fhoi-nghi-2024</c>.</returns>
    public static string FontSize(string change, string returnPath) =>
        FontSizePrefix + Segment(change) + QueryString.Create(ReturnUrlKey, returnPath).Value;

    /// <summary>The error page of a status code (what the exception handler and cookie paths point to).</summary>
    /// <param name="code">HTTP status, 400–599.</param>
    /// <returns>e.g. <c>/loi/403</c>.</returns>
    public static string Error(int code) => ErrorPrefix + code.ToString(CultureInfo.InvariantCulture);

    // A value placed in a path segment: escaped whole, so "/", "?" or "#" in it cannot change the URL's shape.
    /// <summary>A site page in its language.</summary>
    /// <param name="slug">The page's slug.</param>
    /// <param name="language">"vi" (<c>/trang/…</c>) or "en" (<c>/en/…</c>).</param>
    /// <returns>e.g. <c>/trang/gioi-thieu</c>, <c>/en/about</c>.</returns>
    public static string SitePage(string slug, string language = "vi") =>
        (language == "en" ? EnglishPagePrefix : SitePagePrefix) + Segment(slug);

    internal static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    internal static void AddIfSet(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
    }
}
