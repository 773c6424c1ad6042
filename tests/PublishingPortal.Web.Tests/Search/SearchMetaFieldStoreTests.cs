using PublishingPortal.Core.Search;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The server databases' stores keep the meta parts (byline, each tag, section name) apart: PostgreSQL's vector and SQL
/// Server's term rows leave one empty position between parts, so no phrase runs from one into the next.
/// </summary>
public sealed class SearchMetaFieldStoreTests
{
    private static readonly ArticleSearchDocument Document = new(7, "Tiêu đề", "", "")
    {
        Byline = "Lê Văn",
        Tags = ["Nam Định", "Hội nghị"],
        Section = "Thời sự",
    };

    [Fact]
    public void PostgreSqlVector_MetaPartsWeightD_OneEmptyPositionBetweenParts()
    {
        var vector = PostgreSqlSearchStore.Vector(Document, SearchText.FoldedTokens);

        // Title 1–2, gap 3; lead and body empty (gaps 4, 5); byline 6–7, gap; tags 9–10 and 12–13; section 15–16.
        Assert.Equal("'tieu':1A 'de':2A 'le':6D 'van':7D 'nam':9D 'dinh':10D 'hoi':12D 'nghi':13D 'thoi':15D 'su':16D", vector);
    }

    [Fact]
    public void TermStoreRows_MetaField_OneEmptyPositionBetweenParts()
    {
        var meta = ArticleTermStore.Terms(Document).Where(t => t.Field == SearchTerms.MetaField).Select(t => (t.Position, t.Term)).ToList();

        Assert.Equal([(0, "le"), (1, "van"), (3, "nam"), (4, "dinh"), (6, "hoi"), (7, "nghi"), (9, "thoi"), (10, "su")], meta);
    }

    [Fact]
    public void MetaParts_BlanksLeftOut_InOrder()
    {
        var document = new ArticleSearchDocument(1, "", "", "") { Byline = " ", Tags = ["A", ""], Section = "B" };

        Assert.Equal(["A", "B"], document.MetaParts);
    }
}
