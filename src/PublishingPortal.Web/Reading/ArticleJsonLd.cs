using System.Text.Encodings.Web;
using System.Text.Json;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Reading;

/// <summary>
/// Builds the schema.org <c>NewsArticle</c> JSON-LD of an article page (Google's article structured
/// data: headline, datePublished/dateModified with offset, author, image, description, publisher).
/// </summary>
public static class ArticleJsonLd
{
    // The default encoder escapes <, > and & as \u003C…, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Serialises the JSON-LD object.</summary>
    /// <param name="article">The page projection.</param>
    /// <param name="url">The article's absolute canonical URL.</param>
    /// <param name="imageUrl">Absolute URL of the lead photo, or null.</param>
    /// <param name="siteName">Publisher name.</param>
    /// <param name="timeZone">Site zone, for the offsets.</param>
    /// <returns>JSON text safe to place inside <c>&lt;script type="application/ld+json"&gt;</c>.</returns>
    public static string Create(ArticlePage article, string url, string? imageUrl, string siteName, SiteTimeZone timeZone)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = timeZone.FormatIso(article.PublishedAt),
            ["dateModified"] = timeZone.FormatIso(article.UpdatedAt),
            ["mainEntityOfPage"] = url,
            ["url"] = url,
            ["inLanguage"] = "vi",
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = siteName },
        };
        if (article.Byline is not null)
        {
            data["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = article.Byline };
        }

        if (imageUrl is not null)
        {
            data["image"] = new[] { imageUrl };
        }

        if (article.CategoryName is not null)
        {
            data["articleSection"] = article.CategoryName;
        }

        return JsonSerializer.Serialize(data, Options);
    }

    /// <summary>Serialises the schema.org <c>BreadcrumbList</c>: home, section (if any), article.</summary>
    /// <param name="origin">Scheme and host, e.g. <c>https://tin.example.vn</c>.</param>
    /// <param name="article">The page projection.</param>
    /// <returns>JSON text safe inside a script element.</returns>
    public static string Breadcrumb(string origin, ArticlePage article)
    {
        var items = new List<object>
        {
            Crumb(1, "Trang chủ", origin + ReaderUrls.Home),
        };
        if (article.CategorySlug is not null)
        {
            items.Add(Crumb(2, article.CategoryName ?? article.CategorySlug, origin + article.CategoryPath));
        }

        items.Add(Crumb(items.Count + 1, article.Title, origin + article.Path));
        return JsonSerializer.Serialize(
            new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items },
            Options);
    }

    private static Dictionary<string, object?> Crumb(int position, string name, string url) =>
        new() { ["@type"] = "ListItem", ["position"] = position, ["name"] = name, ["item"] = url };
}
