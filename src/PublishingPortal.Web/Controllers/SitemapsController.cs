using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Feeds;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Sitemaps (sitemaps.org 0.9): an index at <c>/sitemap.xml</c> pointing to article parts of at most
/// <see cref="PartSize"/> URLs (the protocol's limit is 50,000) and a sections part; a Google News
/// sitemap of the last 48 hours at <c>/sitemap-tin-tuc.xml</c>; and <c>/robots.txt</c> naming both.
/// </summary>
public sealed class SitemapsController : Controller
{
    /// <summary>Article URLs per sitemap part.</summary>
    public const int PartSize = 10_000;

    /// <summary>Google News only wants articles of the last two days.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    private readonly ArticleQueries _queries;
    private readonly SiteTimeZone _timeZone;
    private readonly TimeProvider _clock;
    private readonly SiteSettingsStore _site;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    /// <param name="timeZone">Site zone for dates.</param>
    /// <param name="clock">Clock for the news window.</param>
    /// <param name="site">Site settings: the news sitemap names the publication as editors set it.</param>
    public SitemapsController(ArticleQueries queries, SiteTimeZone timeZone, TimeProvider clock, SiteSettingsStore site)
    {
        _queries = queries;
        _timeZone = timeZone;
        _clock = clock;
        _site = site;
    }

    private string Origin => $"{Request.Scheme}://{Request.Host}";

    /// <summary>GET <c>/sitemap.xml</c>: the sitemap index.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>XML.</returns>
    [HttpGet(ReaderUrls.SitemapIndexTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var parts = Paging.At(1, PartSize, await _queries.VisibleCountAsync(cancellationToken)).PageCount;
        return await XmlAsync(xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNs);
            WriteSitemap(xml, Origin + ReaderUrls.SitemapSections);
            for (var part = 1; part <= parts; part++)
            {
                WriteSitemap(xml, Origin + ReaderUrls.SitemapArticles(part));
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>GET <c>/sitemap/bai-viet-{part}.xml</c>: one part of the article URLs.</summary>
    /// <param name="part">1-based part.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>XML, or 404 past the last part.</returns>
    [HttpGet(ReaderUrls.SitemapArticlesTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public async Task<IActionResult> Articles(int part, CancellationToken cancellationToken)
    {
        var count = await _queries.VisibleCountAsync(cancellationToken);
        if (part < 1 || Paging.At(part, PartSize, count) is not { IsPastEnd: false } page)
        {
            return NotFound();
        }

        var rows = await _queries.SitemapPartAsync(page, cancellationToken);
        return await XmlAsync(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            foreach (var (slug, lastModified) in rows)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, Origin + ReaderUrls.Article(slug));
                xml.WriteElementString("lastmod", SitemapNs, _timeZone.FormatIso(lastModified));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>GET <c>/sitemap/chuyen-muc.xml</c>: the home page and the sections.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>XML.</returns>
    [HttpGet(ReaderUrls.SitemapSectionsTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public async Task<IActionResult> Sections(CancellationToken cancellationToken)
    {
        var sections = await _queries.SectionsAsync(cancellationToken);
        return await XmlAsync(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, Origin + ReaderUrls.Home);
            xml.WriteEndElement();
            foreach (var section in sections)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, Origin + ReaderUrls.Section(section.Slug));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>GET <c>/sitemap-tin-tuc.xml</c>: Google News sitemap, articles of the last 48 hours (at most 1,000).</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>XML.</returns>
    [HttpGet(ReaderUrls.NewsSitemapTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public async Task<IActionResult> News(CancellationToken cancellationToken)
    {
        var since = _clock.GetUtcNow() - NewsWindow;
        var items = await _queries.FeedAsync(null, 500, since, cancellationToken);
        var siteName = (await _site.GetAsync(cancellationToken)).Settings.SiteName;
        return await XmlAsync(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var item in items)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, Origin + item.Path);
                xml.WriteStartElement("news", "news", NewsNs);
                xml.WriteStartElement("news", "publication", NewsNs);
                xml.WriteElementString("news", "name", NewsNs, FeedText.Clean(siteName));
                xml.WriteElementString("news", "language", NewsNs, "vi");
                xml.WriteEndElement();
                xml.WriteElementString("news", "publication_date", NewsNs, _timeZone.FormatIso(item.PublishedAt));
                xml.WriteElementString("news", "title", NewsNs, FeedText.Clean(item.Title));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>GET <c>/robots.txt</c>: keeps crawlers out of the admin, sign-in, font-size and search URLs; names the sitemaps.</summary>
    /// <returns>Plain text.</returns>
    [HttpGet(ReaderUrls.RobotsTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public IActionResult Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: ").Append(AdminUrls.Home).Append('\n')
            .Append("Disallow: ").Append(AdminUrls.SignIn()).Append('\n')
            .Append("Disallow: ").Append(ReaderUrls.FontSizePrefix).Append('\n')
            .Append("Disallow: ").Append(ReaderUrls.Search()).Append('\n')
            .Append("Sitemap: ").Append(Origin).Append(ReaderUrls.SitemapIndex).Append('\n')
            .Append("Sitemap: ").Append(Origin).Append(ReaderUrls.NewsSitemap).Append('\n')
            .ToString();
        return Content(text, "text/plain; charset=utf-8");
    }

    private static void WriteSitemap(XmlWriter xml, string url)
    {
        xml.WriteStartElement("sitemap", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, url);
        xml.WriteEndElement();
    }

    private async Task<IActionResult> XmlAsync(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, FeedText.WriterSettings))
        {
            await xml.WriteStartDocumentAsync();
            write(xml);
            await xml.WriteEndDocumentAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
