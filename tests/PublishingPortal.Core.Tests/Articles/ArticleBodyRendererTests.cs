using System.Text.RegularExpressions;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public partial class ArticleBodyRendererTests
{
    private readonly ArticleBodyRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Trước <script>alert(1)</script> sau")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Ảnh <img src=x onerror=alert(1)> đây")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">bấm</a>")]
    public void Render_RawHtml_NeverComesThroughAsTags(string markdown)
    {
        var html = _renderer.Render(markdown, []);

        Assert.DoesNotMatch(RawTag(), html);
        Assert.DoesNotMatch(EventAttribute(), html);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[bấm vào đây](javascript:alert(1))")]
    [InlineData("[bấm vào đây](JaVaScRiPt:alert(1))")]
    [InlineData("[bấm vào đây](javascript&#58;alert(1))")]
    [InlineData("[bấm vào đây][x]\n\n[x]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![ảnh](javascript:alert(1))")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Render_ScriptLink_Removed(string markdown)
    {
        var html = _renderer.Render(markdown, []);

        // The text may still read "javascript:…"; no attribute may carry it.
        Assert.DoesNotMatch(ScriptUrl(), html);
        Assert.DoesNotMatch(UnsafeUrl(), html);
    }

    [Fact]
    public void Render_HttpsLink_Kept()
    {
        var html = _renderer.Render("[Báo Phú Lâm](https://baophulam.vn/tin)", []);

        Assert.Equal("<p><a href=\"https://baophulam.vn/tin\">Báo Phú Lâm</a></p>", html.Trim());
    }

    [Fact]
    public void Render_FigureWithImagePath_RendersImageWithAltAndSize()
    {
        Figure[] figures = [new() { Order = 1, ImagePath = "/media/demo/3.jpg", AltText = "Cầu treo bắc qua sông", Width = 1200, Height = 800 }];

        var html = _renderer.Render("^^^\n![](figure:1)\n^^^ Cầu treo dân sinh\n", figures);

        Assert.Contains("<figure", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/demo/3.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Cầu treo bắc qua sông\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains("height=\"800\"", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Cầu treo dân sinh</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("figure:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FigureWithoutImagePath_RendersDecorativePlaceholder()
    {
        Figure[] figures = [new() { Order = 1, Caption = "Cầu treo dân sinh", AltText = "không dùng" }];

        var html = _renderer.Render("^^^\n![](figure:1)\n^^^ Cầu treo dân sinh\n", figures);

        Assert.Contains($"<img src=\"{ArticleBodyRenderer.PhotoMissingPath}\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"photo-missing\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"1600\"", html, StringComparison.Ordinal);
        Assert.Contains("height=\"900\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figure:9")]
    [InlineData("figure:x")]
    public void Render_FigureReferenceNotFound_RendersPlaceholder(string url)
    {
        var html = _renderer.Render($"![]({url})", []);

        Assert.Contains($"src=\"{ArticleBodyRenderer.PhotoMissingPath}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Markdown_KeepsAllowedStructure()
    {
        var html = _renderer.Render("## Tiêu đề phụ\n\nMột **đậm** và *nghiêng*.\n\n- một\n- hai\n", []);

        Assert.Equal(
            "<h2>Tiêu đề phụ</h2>\n<p>Một <strong>đậm</strong> và <em>nghiêng</em>.</p>\n<ul>\n<li>một</li>\n<li>hai</li>\n</ul>",
            html.Trim().ReplaceLineEndings("\n"));
    }

    // A real tag that is not on the renderer's allow-list (escaped text shows as "&lt;", never "<").
    [GeneratedRegex(@"<(?!/?(?:p|figure|figcaption|img|a|em|strong)\b)[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RawTag();

    [GeneratedRegex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"(?:href|src)\s*=\s*""[^""]*(?:javascript|data|vbscript)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex(@"(?:href|src)\s*=\s*""\s*(?!https?:|mailto:|/|#)[a-z]+:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeUrl();
}
