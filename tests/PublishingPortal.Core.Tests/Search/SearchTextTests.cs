using System.Text;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Tests.Search;

public class SearchTextTests
{
    // Every Vietnamese vowel with every tone, plus đ, upper and lower case.
    private static readonly string[] _vietnameseLetters = BuildLetters();

    private static readonly string[] _markVariants = ["ma", "mà", "má", "mả", "mã", "mạ", "mâ", "mă"];

    [Fact]
    public void FoldedText_EveryPrecomposedVietnameseLetter_FoldsToOneCharacter()
    {
        Assert.Equal(146, _vietnameseLetters.Length);
        foreach (var letter in _vietnameseLetters)
        {
            Assert.Equal(1, letter.Length);
            var folded = FoldedText.Create(letter).Folded;
            Assert.True(folded.Length == 1, $"{letter} folded to \"{folded}\"");
            Assert.Equal(VietnameseFolding.Fold(letter), folded);
        }
    }

    [Fact]
    public void FoldedTokens_SameAsVietnameseFolding()
    {
        const string text = "Đồng chí Điền về thăm vùng lũ Thừa Thiên Huế; người dân phấn khởi.";

        Assert.Equal(VietnameseFolding.Fold(text).Split([' ', ';', '.'], StringSplitOptions.RemoveEmptyEntries), SearchText.FoldedTokens(text));
    }

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("Khỏe", "khoẻ")]
    [InlineData("ho\u0300a", "hoa\u0300")]
    public void ExactTokens_OldAndNewTonePlacement_Equal(string oldStyle, string newStyle)
    {
        Assert.Equal(SearchText.ExactTokens(oldStyle), SearchText.ExactTokens(newStyle));
    }

    [Fact]
    public void ExactTokens_ToneAndVowelMarks_KeptApart()
    {
        var keys = _markVariants.Select(SearchText.ExactKey).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal("ma2", SearchText.ExactKey("MÀ"));
        Assert.Equal("đê2", SearchText.ExactKey("đề"));
        Assert.Equal("ngươi2 viêt5", SearchText.ExactKey("Người Việt"));
    }

    [Fact]
    public void ExactTokens_NfdAndNfc_Equal()
    {
        const string text = "Người Việt thủy chung";

        Assert.Equal(SearchText.ExactKey(text), SearchText.ExactKey(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void HasDiacritics_DetectsMarksAndD()
    {
        Assert.True(SearchText.HasDiacritics("mà"));
        Assert.True(SearchText.HasDiacritics("Đa"));
        Assert.True(SearchText.HasDiacritics("ma\u0300"));
        Assert.False(SearchText.HasDiacritics("Ma Da"));
    }

    [Fact]
    public void CountPhrase_ConsecutiveOnly()
    {
        var tokens = SearchText.FoldedTokens("Vấn đề này là vấn đề lớn; đề vấn thì không.");

        Assert.Equal(2, SearchText.CountPhrase(tokens, ["van", "de"]));
        Assert.Equal(1, SearchText.CountPhrase(tokens, ["de", "van"]));
        Assert.Equal(0, SearchText.CountPhrase(tokens, ["van", "lon"]));
    }

    [Fact]
    public void HtmlText_ToPlainText_BlocksSpacedInlineJoinedEntitiesDecoded()
    {
        const string html = "<p><strong>Đ</strong>ồng chí &amp; <em>Điền</em></p><figure><img src=\"a.jpg\" alt=\"x\"><figcaption>Ảnh: A</figcaption></figure><p>Hai&nbsp;ba</p>";

        Assert.Equal("Đồng chí & Điền Ảnh: A Hai ba", HtmlText.ToPlainText(html));
    }

    private static string[] BuildLetters()
    {
        var letters = new List<string>();
        foreach (var vowel in new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" })
        {
            foreach (var tone in new[] { "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" })
            {
                var lower = (vowel + tone).Normalize(NormalizationForm.FormC);
                letters.Add(lower);
                letters.Add(lower.ToUpperInvariant());
            }
        }

        letters.Add("đ");
        letters.Add("Đ");
        return [.. letters];
    }
}
