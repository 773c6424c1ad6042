using System.Net;
using System.Text.RegularExpressions;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public partial class MarkdownTextTests
{
    private readonly ArticleBodyRenderer _renderer = new();

    [Theory]
    [InlineData("Giá *khuyến mãi* và **rất** _tốt_ __lắm__")]
    [InlineData("# Không phải tiêu đề")]
    [InlineData("### Cũng không")]
    [InlineData("1. Không phải danh sách")]
    [InlineData("2) Không phải danh sách")]
    [InlineData("1.5 triệu đồng")]
    [InlineData("- gạch đầu dòng")]
    [InlineData("+ cộng")]
    [InlineData("> trích dẫn")]
    [InlineData("= bằng")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("Mã `code` và ``hai``")]
    [InlineData("[liên kết](muc-1) và ![ảnh](a.jpg)")]
    [InlineData("[^1] chú thích")]
    [InlineData("<b>đậm</b> <script>alert(1)</script>")]
    [InlineData("&amp; &lt; &#60; & x")]
    [InlineData("~~gạch~~ ~dưới~ ^trên^")]
    [InlineData("Ngôn ngữ C++ và C++20 mới")]
    [InlineData("Tỷ lệ ==50%== năm nay")]
    [InlineData("Chữ ++chèn++ đây")]
    [InlineData("Phép tính 1 + 1 = 2 và x += 3, y == z")]
    [InlineData("a | b | c")]
    [InlineData("^^^ không phải hình")]
    [InlineData("Đường dẫn C:\\thu\\muc\\")]
    [InlineData("Thư *chưa đóng và _chưa đóng")]
    public void Escape_ThenRender_ShowsTheSameText(string text)
    {
        var html = _renderer.Render(MarkdownText.Escape(text), []).Trim();

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
        var inner = html[3..^4];
        Assert.DoesNotContain("<", inner, StringComparison.Ordinal);
        Assert.Equal(text, WebUtility.HtmlDecode(inner));
    }

    [Fact]
    public void Escape_ThenRender_UrlsBecomeLinksWithTheSameText()
    {
        const string text = "Xem http://baophulam.vn/tin?id=12 và www.baophulam.vn";

        var html = _renderer.Render(MarkdownText.Escape(text), []);

        Assert.Contains("href=\"http://baophulam.vn/tin?id=12\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://www.baophulam.vn\"", html, StringComparison.Ordinal);
        Assert.Equal($"<p>{text}</p>", WebUtility.HtmlDecode(AnchorTag().Replace(html, "")).Trim());
    }

    [Fact]
    public void Escape_PlainVietnamese_Unchanged()
    {
        const string text = "Người dân xã Phú Lâm đi qua cầu mới, vui mừng.";

        Assert.Equal(text, MarkdownText.Escape(text));
    }

    [GeneratedRegex("</?a[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorTag();
}
