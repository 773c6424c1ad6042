using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Reading;

/// <summary>
/// Makes the "Lưu bài" file (Decree 42/2022 art. 7 asks that readers can save an article): one HTML
/// document that opens offline, with the styles inline and every local photo embedded as a
/// <c>data:</c> URI; title, date, lead, figures with captions, body, byline, source and the article's URL.
/// </summary>
public sealed partial class ArticleFileSaver
{
    /// <summary>Largest image embedded, in bytes; a larger one keeps its absolute URL.</summary>
    public const long MaxEmbeddedImageBytes = 5 * 1024 * 1024;

    private const string Styles = """
        body{max-width:44rem;margin:2rem auto;padding:0 1rem;font-family:Georgia,"Times New Roman",serif;line-height:1.6;color:#1a1a1a}
        h1{line-height:1.25}.meta,.site,.url{font-family:system-ui,sans-serif;color:#505050;font-size:.9rem}
        .lead{font-weight:700}figure{margin:1.5rem 0}figure p{margin:0}img{max-width:100%;height:auto;display:block}
        figcaption{font-family:system-ui,sans-serif;font-style:italic;color:#505050;text-align:center;padding:.4rem}
        .byline{text-align:right;font-weight:700}.source{text-align:right;font-style:italic}
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly SiteTimeZone _timeZone;
    private readonly SiteOptions _site;
    private readonly SiteSettingsStore _settings;
    private readonly IWebHostEnvironment _environment;
    private readonly VariantStore _variants;

    /// <summary>Creates the saver.</summary>
    /// <param name="timeZone">Site zone for the date.</param>
    /// <param name="site">The media folder.</param>
    /// <param name="settings">Site settings: the file carries the site name editors set.</param>
    /// <param name="environment">Web root and content root, to read the photos.</param>
    /// <param name="variants">Library photos are embedded from their variants.</param>
    public ArticleFileSaver(SiteTimeZone timeZone, IOptions<SiteOptions> site, SiteSettingsStore settings, IWebHostEnvironment environment, VariantStore variants)
    {
        _settings = settings;
        _variants = variants;
        _timeZone = timeZone;
        _site = site.Value;
        _environment = environment;
    }

    /// <summary>Builds the file.</summary>
    /// <param name="article">The article.</param>
    /// <param name="url">Its absolute canonical URL, printed in the file.</param>
    /// <param name="cancellationToken">Cancels reading the photos.</param>
    /// <returns>UTF-8 bytes of the HTML document.</returns>
    public async Task<byte[]> BuildAsync(ArticlePage article, string url, CancellationToken cancellationToken = default)
    {
        var body = await EmbedImagesAsync(article.BodyHtml, url, cancellationToken);
        var siteName = (await _settings.GetAsync(cancellationToken)).Settings.SiteName;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(article.Title)).Append("</title>\n")
            .Append("<link rel=\"canonical\" href=\"").Append(Encoder.Encode(url)).Append("\">\n")
            .Append("<style>").Append(Styles).Append("</style>\n</head>\n<body>\n<article>\n")
            .Append("<p class=\"site\">").Append(Encoder.Encode(siteName)).Append("</p>\n")
            .Append("<h1>").Append(Encoder.Encode(article.Title)).Append("</h1>\n")
            .Append("<p class=\"meta\"><time datetime=\"").Append(_timeZone.FormatIso(article.PublishedAt)).Append("\">")
            .Append(_timeZone.FormatDateTime(article.PublishedAt)).Append("</time></p>\n");
        if (article.Lead.Length > 0)
        {
            html.Append("<p class=\"lead\">").Append(Encoder.Encode(article.Lead)).Append("</p>\n");
        }

        html.Append("<div class=\"article-body\">\n").Append(body).Append("\n</div>\n");
        if (article.Byline is not null)
        {
            html.Append("<p class=\"byline\">").Append(Encoder.Encode(article.Byline)).Append("</p>\n");
        }

        if (article.Source is not null)
        {
            html.Append("<p class=\"source\">Nguồn: ").Append(Encoder.Encode(article.Source)).Append("</p>\n");
        }

        html.Append("<p class=\"url\">Địa chỉ bài viết: <a href=\"").Append(Encoder.Encode(url)).Append("\">")
            .Append(Encoder.Encode(url)).Append("</a></p>\n</article>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // The body is our own sanitised HTML, so its src attributes have one known shape: src="/path".
    private async Task<string> EmbedImagesAsync(string bodyHtml, string articleUrl, CancellationToken cancellationToken)
    {
        var origin = new Uri(articleUrl).GetLeftPart(UriPartial.Authority);
        var result = new StringBuilder(bodyHtml.Length);
        var last = 0;
        foreach (Match match in LocalSource().Matches(bodyHtml))
        {
            result.Append(bodyHtml, last, match.Index - last);
            var path = System.Net.WebUtility.HtmlDecode(match.Groups["path"].Value);
            var data = await ReadAsDataUriAsync(path, cancellationToken);
            result.Append("src=\"").Append(data ?? Encoder.Encode(origin + path)).Append('"');
            last = match.Index + match.Length;
        }

        result.Append(bodyHtml, last, bodyHtml.Length - last);
        return result.ToString();
    }

    private async Task<string?> ReadAsDataUriAsync(string path, CancellationToken cancellationToken)
    {
        string? file = null;
        if (MediaUrls.TryParse(path, out var key, out var width, out var format))
        {
            // A library photo: its variant, made if needed (never the original, which keeps its metadata).
            file = (await _variants.GetAsync(key, width, format, cancellationToken))?.Path;
        }
        else if (path.StartsWith(MediaPaths.RequestPath + "/", StringComparison.Ordinal))
        {
            // Files from before the library: only the folders that are served (demo/, imported/).
            var root = MediaPaths.Root(_environment.ContentRootPath, _site.MediaPath);
            var candidate = Path.GetFullPath(Path.Combine(root, path[(MediaPaths.RequestPath.Length + 1)..]));
            var served = MediaStorage.LegacyFolders.Select(f => Path.Combine(root, f) + Path.DirectorySeparatorChar);
            file = served.Any(f => candidate.StartsWith(f, StringComparison.Ordinal)) ? candidate : null;
        }
        else
        {
            var info = _environment.WebRootFileProvider.GetFileInfo(path);
            file = info.Exists ? info.PhysicalPath : null;
        }

        if (file is null || !File.Exists(file) || new FileInfo(file).Length > MaxEmbeddedImageBytes)
        {
            return null;
        }

        var type = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }

    [GeneratedRegex("src=\"(?<path>/[^\"/][^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LocalSource();
}
