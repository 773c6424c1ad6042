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
    public void Phrase_FromReaderQuery_OnlyQuotedFoldedTokens()
    {
        var phrase = SearchPhrase.Parse("Vấn đề, ĐIỀN & or near").Phrase!;

        Assert.Equal("\"van\" + \"de\" + \"dien\" + \"or\" + \"near\"", Fts5Query.Phrase(phrase.FoldedTokens));
    }

    [Fact]
    public void Phrase_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase([]));
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase([""]));
        Assert.Throws<ArgumentException>(() => Fts5Query.Phrase(["a"], ["Title}; DROP"]));
    }
}
