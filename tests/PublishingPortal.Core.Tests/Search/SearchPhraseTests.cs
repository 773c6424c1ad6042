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
    [InlineData("H'Mông, Đắk Lắk!", new[] { "h", "mong", "dak", "lak" })]
    [InlineData("and or not near", new[] { "and", "or", "not", "near" })]
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

    [Fact]
    public void Parse_PlainWords_OneTermEach_InTypedOrder()
    {
        var phrase = SearchPhrase.Parse("dân vận công an").Phrase!;

        Assert.Equal([["dan"], ["van"], ["cong"], ["an"]], phrase.Terms.Select(t => t.FoldedTokens));
        Assert.Equal([["dân"], ["vân5"], ["công"], ["an"]], phrase.Terms.Select(t => t.ExactTokens));
        Assert.All(phrase.Terms, t => Assert.False(t.IsQuoted));
        Assert.Empty(phrase.Excluded);
    }

    [Fact]
    public void Parse_QuotedPhrase_OneTermOfConsecutiveTokens()
    {
        var phrase = SearchPhrase.Parse("tỉnh \"Dân vận\" ủy").Phrase!;

        Assert.Equal(3, phrase.Terms.Count);
        Assert.Equal(["dan", "van"], phrase.Terms[1].FoldedTokens);
        Assert.True(phrase.Terms[1].IsQuoted);
        Assert.Equal(["tinh", "dan", "van", "uy"], phrase.FoldedTokens);
    }

    [Theory]
    [InlineData("\"dân vận", new[] { "dan", "van" })]
    [InlineData("dân \"vận", new[] { "dan", "van" })]
    [InlineData("\"a b\" c \"d", new[] { "a b", "c", "d" })]
    public void Parse_UnbalancedQuote_RestArePlainWords(string input, string[] terms)
    {
        var phrase = SearchPhrase.Parse(input).Phrase!;

        Assert.Equal(terms, phrase.Terms.Select(t => string.Join(' ', t.FoldedTokens)));
    }

    [Fact]
    public void Parse_MinusBeforeWordOrQuote_Excludes()
    {
        var phrase = SearchPhrase.Parse("bóng đá -futsal -\"nữ sinh\" -COVID-19").Phrase!;

        Assert.Equal(["bong", "da"], phrase.FoldedTokens);
        Assert.Equal(["futsal", "nu sinh", "covid 19"], phrase.Excluded.Select(t => string.Join(' ', t.FoldedTokens)));
        Assert.True(phrase.Excluded[1].IsQuoted);
        Assert.False(phrase.Excluded[2].IsQuoted);
    }

    [Theory]
    [InlineData("COVID-19", new[] { "covid", "19" })]
    [InlineData("Hà Nội - Hải Phòng", new[] { "ha", "noi", "hai", "phong" })]
    [InlineData("a -- b", new[] { "a", "b" })]
    [InlineData("a --b", new[] { "a", "b" })]
    [InlineData("a-b", new[] { "a", "b" })]
    [InlineData("- a", new[] { "a" })]
    public void Parse_HyphenNotBeforeWord_Separates(string input, string[] tokens)
    {
        var phrase = SearchPhrase.Parse(input).Phrase!;

        Assert.Equal(tokens, phrase.FoldedTokens);
        Assert.Empty(phrase.Excluded);
    }

    [Theory]
    [InlineData("-bóng -đá")]
    [InlineData("-\"bóng đá\"")]
    [InlineData("  -x  ")]
    public void Parse_OnlyExclusions_Refused(string input)
    {
        var result = SearchPhrase.Parse(input);

        Assert.Equal(SearchPhraseError.OnlyExclusions, result.Error);
        Assert.Null(result.Phrase);
    }

    [Theory]
    [InlineData("a OR b", new[] { "a", "or", "b" })]
    [InlineData("NEAR(a b)", new[] { "near", "a", "b" })]
    [InlineData("NOT a AND b", new[] { "not", "a", "and", "b" })]
    [InlineData("vấn*", new[] { "van" })]
    [InlineData("Title: x", new[] { "title", "x" })]
    [InlineData("^đầu {Title} (x)", new[] { "dau", "title", "x" })]
    [InlineData("a + b / c", new[] { "a", "b", "c" })]
    public void Parse_OperatorsAndSyntax_AreText(string input, string[] tokens)
    {
        var result = SearchPhrase.Parse(input);

        Assert.Equal(SearchPhraseError.None, result.Error);
        Assert.Equal(tokens, result.Phrase!.FoldedTokens);
    }

    [Fact]
    public void Parse_RepeatedWord_OneTerm_TokensKeepRepeats()
    {
        var phrase = SearchPhrase.Parse("hà HÀ nội").Phrase!;

        Assert.Equal(2, phrase.Terms.Count);
        Assert.Equal(["ha", "ha", "noi"], phrase.FoldedTokens);
    }

    [Fact]
    public void Parse_DiacriticsOnlyInExclusion_NotExactRanked()
    {
        Assert.False(SearchPhrase.Parse("bong da -nữ").Phrase!.HasDiacritics);
        Assert.True(SearchPhrase.Parse("bóng da -nu").Phrase!.HasDiacritics);
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows_TermsAreNonEmptyTokensWithoutSyntax()
    {
        // Property check over a fixed seed: any mix of letters, marks, quotes, hyphens, FTS syntax and spaces.
        const string alphabet = "aăâđêôơưáàảãạ AĐ-\"*:()^{}+~'NEARORNOT\u0301\uFFFE\u200D😀";
        var random = new Random(12);
        for (var run = 0; run < 2000; run++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var input = new string(chars);
            var result = SearchPhrase.Parse(input);
            if (result.Phrase is null)
            {
                Assert.NotEqual(SearchPhraseError.None, result.Error);
                continue;
            }

            Assert.NotEmpty(result.Phrase.Terms);
            Assert.NotEmpty(result.Phrase.FoldedTokens);
            Assert.All(result.Phrase.Terms.Concat(result.Phrase.Excluded), t =>
            {
                Assert.NotEmpty(t.FoldedTokens);
                Assert.All(t.FoldedTokens, token => Assert.True(token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || char.IsSurrogate(c)), input));
            });
            Assert.NotNull(Fts5Query.Terms(result.Phrase, SearchMatch.AllTerms, ["Title"]));
        }
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
