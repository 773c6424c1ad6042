using System.Text;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Tests.Search;

public class SearchPhraseTests
{
    [Fact]
    public void Parse_VietnameseWords_FoldedAndExactTokens()
    {
        var result = SearchPhrase.Parse("  Đồng chí ĐIỀN ");

        Assert.Equal(SearchPhraseError.None, result.Error);
        var phrase = result.Phrase!;
        Assert.Equal("Đồng chí ĐIỀN", phrase.Text);
        Assert.Equal(["dong", "chi", "dien"], phrase.FoldedTokens);
        Assert.Equal(["đông2", "chi1", "điên2"], phrase.ExactTokens);
        Assert.True(phrase.HasDiacritics);
    }

    [Fact]
    public void Parse_NfdInput_SameTokensAsNfc()
    {
        const string text = "Thuỷ lợi Đồng Điền";
        var nfd = SearchPhrase.Parse(text.Normalize(NormalizationForm.FormD)).Phrase!;
        var nfc = SearchPhrase.Parse(text).Phrase!;

        Assert.Equal(nfc.FoldedTokens, nfd.FoldedTokens);
        Assert.Equal(nfc.ExactTokens, nfd.ExactTokens);
        Assert.Equal(text, nfd.Text);
    }

    [Fact]
    public void Parse_NoDiacritics_NotExactRanked()
    {
        var phrase = SearchPhrase.Parse("dong chi dien").Phrase!;

        Assert.False(phrase.HasDiacritics);
        Assert.Equal(["dong", "chi", "dien"], phrase.FoldedTokens);
    }

    [Theory]
    [InlineData("COVID-19 ở Hà Nội", new[] { "covid", "19", "o", "ha", "noi" })]
    [InlineData("Hà Nội - Hải Phòng", new[] { "ha", "noi", "hai", "phong" })]
    [InlineData("H'Mông, Đắk Lắk!", new[] { "h", "mong", "dak", "lak" })]
    [InlineData("and or not near", new[] { "and", "or", "not", "near" })]
    [InlineData("a + b / c", new[] { "a", "b", "c" })]
    public void Parse_Punctuation_SeparatesTokens(string input, string[] tokens)
    {
        var result = SearchPhrase.Parse(input);

        Assert.Equal(SearchPhraseError.None, result.Error);
        Assert.Equal(tokens, result.Phrase!.FoldedTokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Parse_Empty_Refused(string? input)
    {
        var result = SearchPhrase.Parse(input);

        Assert.Equal(SearchPhraseError.Empty, result.Error);
        Assert.Null(result.Phrase);
    }

    [Fact]
    public void Parse_200Characters_Accepted_201Refused()
    {
        Assert.Equal(SearchPhraseError.None, SearchPhrase.Parse(new string('a', 200)).Error);
        var tooLong = SearchPhrase.Parse(new string('a', 201));

        Assert.Equal(SearchPhraseError.TooLong, tooLong.Error);
        Assert.Equal(201, tooLong.Length);
    }

    [Fact]
    public void Parse_LengthCountedInNfc_NfdMarksDoNotCount()
    {
        // 150 "ệ" are 450 characters in NFD but 150 in NFC.
        var nfd = new string('ệ', 150).Normalize(NormalizationForm.FormD);
        Assert.Equal(450, nfd.Length);

        Assert.Equal(SearchPhraseError.None, SearchPhrase.Parse(nfd).Error);
    }

    [Theory]
    [InlineData("\"vấn đề\"", "\"")]
    [InlineData("vấn*", "*")]
    [InlineData("NEAR(a b)", "(")]
    [InlineData("NEAR(a b)", "NEAR")]
    [InlineData("a OR b", "OR")]
    [InlineData("a AND b", "AND")]
    [InlineData("NOT a", "NOT")]
    [InlineData("-x", "-")]
    [InlineData("vấn -đề", "-")]
    [InlineData("Title: x", ":")]
    [InlineData("^đầu", "^")]
    [InlineData("{Title} x", "{")]
    public void Parse_Operators_RefusedAndListed(string input, string expected)
    {
        var result = SearchPhrase.Parse(input);

        Assert.Equal(SearchPhraseError.Operators, result.Error);
        Assert.Null(result.Phrase);
        Assert.Contains(expected, result.Operators);
    }

    [Fact]
    public void Parse_ManyOperators_EachListedOnceInOrderOfAppearance()
    {
        var result = SearchPhrase.Parse("\"a\" OR \"b\" OR c*");

        Assert.Equal(["\"", "OR", "*"], result.Operators);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("... --- ???")]
    [InlineData("\u0301\u0300")]
    public void Parse_NoLetterOrDigit_NoWords(string input)
    {
        Assert.Equal(SearchPhraseError.NoWords, SearchPhrase.Parse(input).Error);
    }

    [Fact]
    public void Parse_LoneSurrogate_DoesNotThrow()
    {
        var result = SearchPhrase.Parse("vấn\uD800đề");

        Assert.Equal(SearchPhraseError.None, result.Error);
        Assert.Equal(["van", "de"], result.Phrase!.FoldedTokens);
    }
}
