using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Feeds;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// RSS 2.0 feeds: the whole site (<c>/rss/tin-moi.xml</c>), one per section (<c>/rss/{slug}.xml</c>) and an
/// index page (<c>/rss</c>). Absolute URLs, the lead as description, <c>pubDate</c> in RFC 822 with the
/// site's offset, control characters dropped so the XML is always valid.
/// </summary>
public sealed class FeedsController : Controller
{
    /// <summary>Items per feed.</summary>
    public const int ItemCount = 50;

    private readonly ArticleQueries _queries;
    private readonly SiteTimeZone _timeZone;
    private readonly SiteSettingsStore _site;

    /// <summary>Creates the controller.</summary>
    /// <param name="queries">Reader queries.</param>
    /// <param name="timeZone">Site zone for dates.</param>
    /// <param name="site">Site settings: the feed titles carry the site name editors set.</param>
    public FeedsController(ArticleQueries queries, SiteTimeZone timeZone, SiteSettingsStore site)
    {
        _queries = queries;
        _timeZone = timeZone;
        _site = site;
    }

    /// <summary>GET <c>/rss</c>: the list of feeds.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>An HTML page.</returns>
    [HttpGet(ReaderUrls.FeedsTemplate)]
    [OutputCache(PolicyName = DependencyInjection.ReaderPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await _queries.SectionsAsync(cancellationToken));

    /// <summary>GET <c>/rss/{slug}.xml</c>: the site feed (<see cref="ReaderUrls.SiteFeedSlug"/>) or a section's feed.</summary>
    /// <param name="slug">Feed slug.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>RSS 2.0 XML, or 404 for an unknown section.</returns>
    [HttpGet(ReaderUrls.FeedTemplate)]
    [OutputCache(PolicyName = DependencyInjection.FeedPolicy)]
    public async Task<IActionResult> Feed(string slug, CancellationToken cancellationToken)
    {
        var siteName = (await _site.GetAsync(cancellationToken)).Settings.SiteName;
        string title;
        string? categorySlug = null;
        if (slug == ReaderUrls.SiteFeedSlug)
        {
            title = siteName + " - Tin mới";
        }
        else
        {
            var section = (await _queries.SectionsAsync(cancellationToken)).FirstOrDefault(s => s.Slug == slug);
            if (section is null)
            {
                return NotFound();
            }

            title = siteName + " - " + section.Name;
            categorySlug = section.Slug;
        }

        var items = await _queries.FeedAsync(categorySlug, ItemCount, cancellationToken: cancellationToken);
        var origin = $"{Request.Scheme}://{Request.Host}";
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, FeedText.WriterSettings))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", FeedText.Clean(title));
            xml.WriteElementString("link", origin + (categorySlug is null ? ReaderUrls.Home : ReaderUrls.Section(categorySlug)));
            xml.WriteElementString("description", FeedText.Clean(title));
            xml.WriteElementString("language", "vi");
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", origin + ReaderUrls.Feed(slug));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (items.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", _timeZone.FormatRfc822(items.Max(i => i.UpdatedAt)));
            }

            foreach (var item in items)
            {
                var url = origin + item.Path;
                xml.WriteStartElement("item");
                xml.WriteElementString("title", FeedText.Clean(item.Title));
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("description", FeedText.Clean(item.Lead));
                xml.WriteElementString("pubDate", _timeZone.FormatRfc822(item.PublishedAt));
                if (item.CategoryName is not null)
                {
                    xml.WriteElementString("category", FeedText.Clean(item.CategoryName));
                }

                if (item.Byline is not null)
                {
                    xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", FeedText.Clean(item.Byline));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }

        return File(buffer.ToArray(), "application/rss+xml; charset=utf-8");
    }
}
