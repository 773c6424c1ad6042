using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Tests.Search;

public class Fts5QueryTests
{
    [Fact]
    public void Phrase_Tokens_QuotedAndJoinedAsOnePhrase()
    {
        Assert.Equal("\"van\" + \"de\"", Fts5Query.Phrase(["van", "de"]));
    }

    [Fact]
    public void Phrase_Columns_ColumnFilterFirst()
    {
        Assert.Equal("{Title Lead Body} : \"dien\"", Fts5Query.Phrase(["dien"], ["Title", "Lead", "Body"]));
    }

    [Fact]
    public void Phrase_QuoteInToken_Doubled()
    {
        Assert.Equal("\"a\"\"b\"", Fts5Query.Phrase(["a\"b"]));
    }

    [Fact]
    public void Terms_AllTerms_AndOfTermsWithQuotedPhrase()
    {
        var phrase = SearchPhrase.Parse("dân \"công an\" vận").Phrase!;

        Assert.Equal("{Title Body} : (\"dan\" AND \"cong\" + \"an\" AND \"van\")", Fts5Query.Terms(phrase, SearchMatch.AllTerms, ["Title", "Body"]));
    }

    [Fact]
    public void Terms_MostTerms_OrOfTerms()
    {
        var phrase = SearchPhrase.Parse("hội nghị").Phrase!;

        Assert.Equal("(\"hoi\" OR \"nghi\")", Fts5Query.Terms(phrase, SearchMatch.MostTerms));
    }

    [Fact]
    public void Terms_Exclusions_NotOfTheirOr()
    {
        var phrase = SearchPhrase.Parse("bóng đá -futsal -\"nữ sinh\"").Phrase!;

        Assert.Equal("((\"bong\" AND \"da\") NOT (\"futsal\" OR \"nu\" + \"sinh\"))", Fts5Query.Terms(phrase, SearchMatch.AllTerms));
        Assert.Equal("((\"bong\" OR \"da\") NOT (\"futsal\" OR \"nu\" + \"sinh\"))", Fts5Query.Terms(phrase, SearchMatch.MostTerms));
    }

    [Fact]
    public void Terms_ReaderSyntax_OnlyQuotedFoldedTokens()
    {
        var phrase = SearchPhrase.Parse("Vấn đề, ĐIỀN & OR NEAR(x) {Title}: y* ^z").Phrase!;

        Assert.Equal(
            "(\"van\" AND \"de\" AND \"dien\" AND \"or\" AND \"near\" AND \"x\" AND \"title\" AND \"y\" AND \"z\")",
            Fts5Query.Terms(phrase, SearchMatch.AllTerms));
    }

    [Fact]
    public void Near_TokensInAnyOrder_WithDistance()
    {
        Assert.Equal("{Title} : NEAR(\"dan\" \"van\", 10)", Fts5Query.Near(["dan", "van"], ["Title"]));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase([]));
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase([""]));
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase(["a"], ["Title}; DROP"]));
        Assert.Throws<ArgumentException>(() => Fts5Query.Near([]));
    }
}
