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
    public void Highlight_Phrase_MarksWholeRunIncludingSpaces_WordsInAnyOrderToo()
    {
        var segments = MatchHighlighter.Highlight("Giải quyết vấn đề, rồi vấn  đề khác; đề vấn thì không.", ["van", "de"]);

        Assert.Equal(["vấn đề", "vấn  đề", "đề vấn"], segments.Where(s => s.IsMatch).Select(s => s.Text));
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
    public void Highlight_LooseKeywords_EveryWordMarkedWhereverItStands_PunctuationNotMarked()
    {
        var segments = MatchHighlighter.Highlight("Ban Dân vận Tỉnh ủy, với Công an tỉnh", ["dan", "van", "cong", "an", "tinh"]);

        Assert.Equal(["Dân vận Tỉnh", "Công an tỉnh"], segments.Where(s => s.IsMatch).Select(s => s.Text));
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

    // A family (four people joined by ZWJ), a flag, a letter with four combining marks: each one grapheme cluster.
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    private const string Flag = "\U0001F1FB\U0001F1F3";
    private const string Stacked = "a\u0301\u0302\u0303\u0304";

    public static TheoryData<int> WindowSizes => new() { 20, 21, 22, 23, 25, 29, 30, 37, 41, 60 };

    [Theory]
    [MemberData(nameof(WindowSizes))]
    public void Excerpt_NeverSplitsAGraphemeCluster(int window)
    {
        // Emoji runs without spaces around the match, so the window has to cut inside them.
        var run = string.Concat(Enumerable.Repeat(Family + Flag + Stacked, 12));
        var text = run + " Đồng chí Điền " + run;

        var segments = MatchHighlighter.Excerpt(text, ["dong", "chi", "dien"], window)!;

        foreach (var segment in segments.Where(s => s.Text != MatchHighlighter.Ellipsis))
        {
            AssertWholeClusters(segment.Text);
        }

        Assert.Equal("Đồng chí Điền", Assert.Single(segments, s => s.IsMatch).Text);
    }

    [Theory]
    [MemberData(nameof(WindowSizes))]
    public void Shorten_NeverSplitsAGraphemeCluster(int window)
    {
        var text = string.Concat(Enumerable.Repeat(Family + Stacked + Flag, 20));

        var shown = MatchHighlighter.Shorten(text, window)[0].Text;

        AssertWholeClusters(shown);
        Assert.StartsWith(shown, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_NfdText_MarkKeepsTheCombiningMarks()
    {
        var text = "Tin Điền mới".Normalize(NormalizationForm.FormD);

        var marked = Assert.Single(MatchHighlighter.Highlight(text, ["dien"]), s => s.IsMatch).Text;

        Assert.Equal("Điền".Normalize(NormalizationForm.FormD), marked);
    }

    // Every cluster of the piece is a whole cluster of the source alphabet (no piece of a family, flag or stack).
    private static void AssertWholeClusters(string piece)
    {
        var clusters = new HashSet<string>(StringComparer.Ordinal) { Family, Flag, Stacked };
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(piece);
        while (enumerator.MoveNext())
        {
            var cluster = (string)enumerator.Current;
            Assert.True(
                clusters.Contains(cluster) || cluster.All(c => c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || c == ' '),
                $"split cluster: {string.Join(' ', cluster.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }
}
