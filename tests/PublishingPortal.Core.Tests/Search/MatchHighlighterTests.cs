using System.Text;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Tests.Search;

public class MatchHighlighterTests
{
    [Fact]
    public void Highlight_FoldedQuery_MarksOriginalSpelling()
    {
        var segments = MatchHighlighter.Highlight("Đồng chí Điền thăm xã", ["dien"]);

        Assert.Equal(
            [new HighlightSegment("Đồng chí ", false), new HighlightSegment("Điền", true), new HighlightSegment(" thăm xã", false)],
            segments);
    }

    [Fact]
    public void Highlight_Phrase_MarksWholeRunIncludingSpaces()
    {
        var segments = MatchHighlighter.Highlight("Giải quyết vấn đề, rồi vấn  đề khác; đề vấn thì không.", ["van", "de"]);

        Assert.Equal(["vấn đề", "vấn  đề"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal("Giải quyết vấn đề, rồi vấn  đề khác; đề vấn thì không.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Highlight_NfdText_KeepsCombiningMarksInsideTheMark()
    {
        var nfd = "Ông Điền đến".Normalize(NormalizationForm.FormD);

        var marked = Assert.Single(MatchHighlighter.Highlight(nfd, ["dien"]), s => s.IsMatch);

        Assert.Equal("Điền".Normalize(NormalizationForm.FormD), marked.Text);
        Assert.Equal("Điền", marked.Text.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Highlight_NoMatch_OneUnmarkedSegment()
    {
        var segments = MatchHighlighter.Highlight("Không liên quan", ["dien"]);

        Assert.Equal([new HighlightSegment("Không liên quan", false)], segments);
    }

    [Fact]
    public void Highlight_WordInsideLongerWord_NotMatched()
    {
        Assert.DoesNotContain(MatchHighlighter.Highlight("Điện Biên, điềnx", ["dien"]), s => s.Text == "điền");
        Assert.Equal(["Điện"], MatchHighlighter.Highlight("Điện Biên, điềnx", ["dien"]).Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Fact]
    public void Highlight_SurrogatePairsAndHangul_DoNotThrowOrShift()
    {
        const string text = "😀 한국 Điền 𝐀 điền";

        var segments = MatchHighlighter.Highlight(text, ["dien"]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["Điền", "điền"], segments.Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Fact]
    public void Excerpt_LongText_WindowAroundMatchWithEllipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("chữ", 200)) + " Đồng chí Điền " + string.Join(' ', Enumerable.Repeat("chữ", 200));

        var segments = MatchHighlighter.Excerpt(text, ["dong", "chi", "dien"], 120)!;

        Assert.Equal(MatchHighlighter.Ellipsis, segments[0].Text);
        Assert.Equal(MatchHighlighter.Ellipsis, segments[^1].Text);
        Assert.Equal("Đồng chí Điền", Assert.Single(segments, s => s.IsMatch).Text);
        Assert.True(string.Concat(segments.Select(s => s.Text)).Length <= 130);
        Assert.DoesNotContain(segments, s => s.Text.StartsWith("hữ", StringComparison.Ordinal));
    }

    [Fact]
    public void Excerpt_NoMatch_Null()
    {
        Assert.Null(MatchHighlighter.Excerpt("Không liên quan gì cả", ["dien"], 100));
    }

    [Fact]
    public void Shorten_CutsAtSpace()
    {
        var segments = MatchHighlighter.Shorten("một hai ba bốn năm sáu bảy tám chín mười mười một", 25);

        Assert.Equal("một hai ba bốn năm sáu", segments[0].Text);
        Assert.Equal(MatchHighlighter.Ellipsis, segments[1].Text);
    }
}
