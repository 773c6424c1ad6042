using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Responsive markup for photos served as variants: <c>&lt;picture&gt;</c> with a WebP
/// <c>&lt;source&gt;</c> and a JPEG <c>&lt;img&gt;</c>, both with <c>srcset</c> (only widths up to the
/// original's; the last candidate names the original's true width) and <c>sizes</c>, plus <c>width</c>/<c>height</c>
/// so nothing shifts, and lazy loading except for the lead photo. Made at display time from the stored,
/// sanitised body (whose images keep one plain <c>src</c>), so a change of <c>Media:Widths</c> reaches
/// every page at once and feeds and saved files keep simple <c>&lt;img&gt;</c>s.
/// </summary>
public sealed partial class MediaMarkup
{
    /// <summary><c>sizes</c> of photos in the article column (<c>--measure</c> 44rem, 1rem padding each side on narrow screens).</summary>
    public const string ArticleSizes = "(max-width: 46rem) calc(100vw - 2rem), 44rem";

    /// <summary><c>sizes</c> of list thumbnails (14rem column; full width on screens under 40rem).</summary>
    public const string CardSizes = "(max-width: 40rem) calc(100vw - 2rem), 14rem";

    /// <summary><c>sizes</c> of the home page's lead story (main column: 72rem page less 1rem padding each side, the 18rem side column and a 2rem gap; full width under 52rem).</summary>
    public const string LeadStorySizes = "(max-width: 52rem) calc(100vw - 2rem), 50rem";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly IReadOnlyList<int> _widths;
    private readonly int _fallbackWidth;

    /// <summary>Creates the markup builder.</summary>
    /// <param name="options">Widths and the fallback width.</param>
    public MediaMarkup(IOptions<MediaOptions> options)
    {
        _widths = options.Value.EffectiveWidths;
        _fallbackWidth = options.Value.FallbackWidth;
    }

    /// <summary>
    /// A photo for a list card or lead story. A path that is not a variant URL (a legacy
    /// <c>/media/demo/…</c> file) gets a plain <c>&lt;img&gt;</c>.
    /// </summary>
    /// <param name="image">The photo.</param>
    /// <param name="sizes">The <c>sizes</c> attribute, e.g. <see cref="CardSizes"/>.</param>
    /// <param name="loading">Lazy, or lead.</param>
    /// <param name="alt">Alternative text; empty when the photo repeats a linked title next to it.</param>
    /// <returns>Markup safe to write unencoded.</returns>
    public IHtmlContent Picture(ImageRef image, string sizes, PictureLoading loading, string alt)
    {
        var attributes = new List<KeyValuePair<string, string>>
        {
            new("alt", Encoder.Encode(alt)),
        };
        if (image.Width is { } w && image.Height is { } h)
        {
            attributes.Add(new("width", w.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new("height", h.ToString(CultureInfo.InvariantCulture)));
        }

        var html = new StringBuilder();
        if (MediaUrls.TryParse(image.Path, out var key, out _, out _))
        {
            AppendPicture(html, key, image.Width, sizes, loading, attributes);
        }
        else
        {
            attributes.Insert(0, new("src", Encoder.Encode(image.Path)));
            AppendImg(html, attributes, loading);
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// The stored body with every variant-backed <c>&lt;img&gt;</c> (library photos and the "photo
    /// missing" placeholder) turned into a responsive <c>&lt;picture&gt;</c>; other images are kept.
    /// </summary>
    /// <param name="bodyHtml">Sanitised body HTML as stored (<see cref="ArticleBodyRenderer"/> output).</param>
    /// <param name="firstIsLead">Load the first image as the page's lead photo (article pages).</param>
    /// <returns>Markup safe to write unencoded.</returns>
    public IHtmlContent Body(string bodyHtml, bool firstIsLead)
    {
        var first = true;
        var result = ImgTag().Replace(bodyHtml, match =>
        {
            var loading = first && firstIsLead ? PictureLoading.Lead : PictureLoading.Lazy;
            first = false;
            var attributes = Attribute().Matches(match.Groups["attributes"].Value)
                .Select(a => new KeyValuePair<string, string>(a.Groups["name"].Value.ToLowerInvariant(), a.Groups["value"].Value))
                .Where(a => a.Key is not ("loading" or "fetchpriority" or "decoding" or "srcset" or "sizes"))
                .ToList();
            var src = System.Net.WebUtility.HtmlDecode(attributes.FirstOrDefault(a => a.Key == "src").Value ?? "");
            attributes.RemoveAll(a => a.Key == "src");
            int? width = int.TryParse(attributes.FirstOrDefault(a => a.Key == "width").Value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : null;
            var html = new StringBuilder();
            if (src == ArticleBodyRenderer.PhotoMissingPath)
            {
                AppendPicture(html, MediaUrls.PlaceholderKey, Imaging.PlaceholderImage.Width, ArticleSizes, loading, attributes);
            }
            else if (MediaUrls.TryParse(src, out var key, out _, out _))
            {
                AppendPicture(html, key, width, ArticleSizes, loading, attributes);
            }
            else
            {
                attributes.Insert(0, new("src", Encoder.Encode(src)));
                AppendImg(html, attributes, loading);
            }

            return html.ToString();
        });
        return new HtmlString(result);
    }

    /// <summary>The JPEG to name in Open Graph and JSON-LD, with its true size.</summary>
    /// <param name="image">The lead photo.</param>
    /// <returns>Site-relative URL, and its pixel size when known.</returns>
    public (string Path, int? Width, int? Height) ShareImage(ImageRef image)
    {
        if (!MediaUrls.TryParse(image.Path, out var key, out _, out _))
        {
            return (image.Path, image.Width, image.Height);
        }

        var candidate = Fallback(Candidates(image.Width));
        int? height = image.Width is { } w && image.Height is { } h && w > 0
            ? (int)Math.Round((double)h * candidate.Descriptor / w, MidpointRounding.AwayFromZero)
            : null;
        return (MediaUrls.Variant(key, candidate.UrlWidth, VariantFormat.Jpeg), image.Width is null ? null : candidate.Descriptor, height);
    }

    /// <summary>The plain URL stored in <c>Figure.ImagePath</c> for a library photo: its JPEG at <c>Media:FallbackWidth</c>.</summary>
    /// <param name="key">Asset key.</param>
    /// <returns>e.g. <c>/media/{key}/1280.jpg</c>.</returns>
    public string StoredPath(string key) => MediaUrls.Variant(key, _fallbackWidth, VariantFormat.Jpeg);

    /// <summary>A small JPEG for admin lists and the upload script: the smallest configured width.</summary>
    /// <param name="key">Asset key.</param>
    /// <returns>e.g. <c>/media/{key}/320.jpg</c>.</returns>
    public string ThumbnailPath(string key) => MediaUrls.Variant(key, _widths[0], VariantFormat.Jpeg);

    /// <summary>The <c>srcset</c> candidates for an original width: (width in the URL, true width of the image).</summary>
    /// <param name="originalWidth">Upright width of the original, or null when unknown (every width is listed).</param>
    /// <returns>Ascending candidates; the last one is the original's width when the original is narrower than the widest width.</returns>
    public IReadOnlyList<(int UrlWidth, int Descriptor)> Candidates(int? originalWidth)
    {
        var list = new List<(int, int)>();
        foreach (var width in _widths)
        {
            if (originalWidth is { } original && width >= original)
            {
                list.Add((width, original));
                break;
            }

            list.Add((width, width));
        }

        return list;
    }

    private (int UrlWidth, int Descriptor) Fallback(IReadOnlyList<(int UrlWidth, int Descriptor)> candidates) =>
        candidates.Where(c => c.UrlWidth <= _fallbackWidth).DefaultIfEmpty(candidates[0]).Last();

    private void AppendPicture(StringBuilder html, string key, int? originalWidth, string sizes, PictureLoading loading, List<KeyValuePair<string, string>> attributes)
    {
        var candidates = Candidates(originalWidth);
        var fallback = Fallback(candidates);
        html.Append("<picture><source type=\"image/webp\" srcset=\"").Append(SrcSet(key, candidates, VariantFormat.Webp))
            .Append("\" sizes=\"").Append(sizes).Append("\">");
        var img = new List<KeyValuePair<string, string>>
        {
            new("src", MediaUrls.Variant(key, fallback.UrlWidth, VariantFormat.Jpeg)),
            new("srcset", SrcSet(key, candidates, VariantFormat.Jpeg)),
            new("sizes", sizes),
        };
        img.AddRange(attributes);
        AppendImg(html, img, loading);
        html.Append("</picture>");
    }

    private static string SrcSet(string key, IReadOnlyList<(int UrlWidth, int Descriptor)> candidates, VariantFormat format) =>
        string.Join(", ", candidates.Select(c => string.Create(
            CultureInfo.InvariantCulture, $"{MediaUrls.Variant(key, c.UrlWidth, format)} {c.Descriptor}w")));

    // Attribute values arrive encoded (from the sanitiser or the caller) and are written as they are.
    private static void AppendImg(StringBuilder html, List<KeyValuePair<string, string>> attributes, PictureLoading loading)
    {
        html.Append("<img");
        foreach (var (name, value) in attributes)
        {
            html.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        }

        html.Append(loading == PictureLoading.Lead ? " fetchpriority=\"high\"" : " loading=\"lazy\"").Append(" decoding=\"async\">");
    }

    [GeneratedRegex("<img\\b(?<attributes>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex ImgTag();

    [GeneratedRegex("(?<name>[a-zA-Z][a-zA-Z-]*)(?:=\"(?<value>[^\"]*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
