using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>
/// Reader pages (demo content goes through the library like any upload): <c>&lt;picture&gt;</c> with a
/// WebP source and JPEG <c>srcset</c>, <c>sizes</c>, <c>width</c>/<c>height</c>, lazy loading except the lead photo.
/// </summary>
public sealed class ResponsiveMarkupTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ResponsiveMarkupTests(PortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task DemoContent_IsInTheLibrary_AndItsFiguresPointAtVariants()
    {
        var paths = await _factory.WithDbAsync(db => db.Figures.Select(f => f.ImagePath).ToListAsync());
        var keys = await _factory.WithDbAsync(db => db.MediaAssets.Select(m => m.Key).ToListAsync());

        Assert.NotEmpty(paths);
        Assert.All(paths, p =>
        {
            Assert.True(MediaUrls.TryParse(p, out var key, out _, out _), p);
            Assert.Contains(key, keys);
        });
    }

    [Fact]
    public async Task HomePage_LeadStoryIsEager_CardsAreLazy_AllHaveWebpSourcesAndSizes()
    {
        using var client = _factory.CreateReader();
        var page = await PortalFactory.GetDocumentAsync(client, "/");

        var lead = page.QuerySelector(".lead-story picture img")!;
        var cards = page.QuerySelectorAll(".article-card picture img");

        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        Assert.Null(lead.GetAttribute("loading"));
        Assert.NotEmpty(cards);
        Assert.All(cards, img =>
        {
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
            Assert.NotNull(img.GetAttribute("sizes"));
            Assert.EndsWith(".jpg", img.GetAttribute("src"), StringComparison.Ordinal);
            var source = img.ParentElement!.QuerySelector("source[type='image/webp']")!;
            Assert.Contains(".webp 320w", source.GetAttribute("srcset"), StringComparison.Ordinal);
            Assert.Equal(img.GetAttribute("sizes"), source.GetAttribute("sizes"));
        });
    }

    [Fact]
    public async Task ArticlePage_FirstFigureIsTheLeadPhoto_SrcsetNeverClaimsMoreThanTheOriginal()
    {
        var slug = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Figures.Any(f => f.ImagePath != null)).Select(a => a.Slug).FirstAsync());
        using var client = _factory.CreateReader();
        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + slug);

        var img = page.QuerySelector(".article-body figure picture img")!;
        var srcset = img.GetAttribute("srcset")!;
        var widths = srcset.Split(", ").Select(c => int.Parse(c[(c.LastIndexOf(' ') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Equal(["320", "480", "640", "960", "1200"], widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.EndsWith("/1280.jpg 1200w", srcset, StringComparison.Ordinal);
        Assert.Equal(("1200", "675"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt")));

        foreach (var candidate in srcset.Split(", ").Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]))
        {
            using var response = await client.GetAsync(candidate);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task SavedArticleFile_EmbedsTheJpegVariant_NotTheOriginal()
    {
        var slug = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Figures.Any(f => f.ImagePath != null)).Select(a => a.Slug).FirstAsync());
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync($"/tin-tuc/{slug}/luu");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var src = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("figure img")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/jpeg;base64,", src, StringComparison.Ordinal);
        using var image = TestImages.Decode(Convert.FromBase64String(src["data:image/jpeg;base64,".Length..]));
        Assert.DoesNotContain("exif-data", image.GetFields());
    }
}
