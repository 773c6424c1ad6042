using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public class ArticleMergeTests
{
    private const string Body = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.";

    private static readonly ArticleFields Base = new("Lũ về", "lu-ve", "Nước dâng", Body, "PV", null, 1, "lũ, miền Trung");

    [Fact]
    public void Merge_TitleChangedByThemLeadByMe_TakesBoth()
    {
        var result = ArticleMerge.Merge(Base, Base with { Lead = "Nước dâng cao" }, Base with { Title = "Lũ về sớm" });

        Assert.Empty(result.Conflicts);
        Assert.NotNull(result.Merged);
        Assert.Equal("Lũ về sớm", result.Merged.Title);
        Assert.Equal("Nước dâng cao", result.Merged.Lead);
        Assert.Equal([ArticleFields.TitleField], result.TakenFromTheirs);
    }

    [Fact]
    public void Body_TheirParagraphs_NamesWhereTheirChangeLandsInTheMergedText()
    {
        var result = ArticleMerge.Body(Body, "Mở đầu.\n\n" + Body, "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba sửa.");

        Assert.Equal("Mở đầu.\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba sửa.", result.Text);
        Assert.Equal([4], result.TheirParagraphs);
        Assert.Equal(result.Text, result.PreferMine);
        Assert.Equal(result.Text, result.PreferTheirs);
    }

    [Fact]
    public void Body_Conflict_ResolvesEachWayKeepingTheOtherChanges()
    {
        const string five = "Một.\n\nHai.\n\nBa.\n\nBốn.\n\nNăm.";
        var result = ArticleMerge.Body(five, "Một.\n\nHai của tôi.\n\nBa.\n\nBốn.\n\nNăm.", "Một.\n\nHai của họ.\n\nBa.\n\nBốn B.\n\nNăm.");

        Assert.Null(result.Text);
        Assert.Equal("Một.\n\nHai của tôi.\n\nBa.\n\nBốn B.\n\nNăm.", result.PreferMine);
        Assert.Equal("Một.\n\nHai của họ.\n\nBa.\n\nBốn B.\n\nNăm.", result.PreferTheirs);
        Assert.Equal([new BodyConflict("Hai của tôi.", "Hai của họ.")], result.ConflictGroups);
    }

    [Fact]
    public void Merge_Conflict_PreferMineAndTheirsKeepTheMergedFields()
    {
        var result = ArticleMerge.Merge(Base, Base with { Title = "Của tôi", Lead = "x" }, Base with { Title = "Của họ", CategoryId = 2 });

        Assert.Equal(Base with { Title = "Của tôi", Lead = "x", CategoryId = 2 }, result.PreferMine);
        Assert.Equal(Base with { Title = "Của họ", Lead = "x", CategoryId = 2 }, result.PreferTheirs);
    }

    [Fact]
    public void Merge_SameFieldSameChange_Agrees()
    {
        var result = ArticleMerge.Merge(Base, Base with { Title = "Mới" }, Base with { Title = "Mới" });

        Assert.Empty(result.Conflicts);
        Assert.Equal("Mới", result.Merged!.Title);
        Assert.Empty(result.TakenFromTheirs);
    }

    [Fact]
    public void Merge_SameFieldDifferentChanges_ConflictsAndMergesNothing()
    {
        var result = ArticleMerge.Merge(Base, Base with { Title = "Của tôi", Lead = "x" }, Base with { Title = "Của họ", CategoryId = 2 });

        Assert.Null(result.Merged);
        Assert.Equal([ArticleFields.TitleField], result.Conflicts);
    }

    [Fact]
    public void Merge_TagsSpacingDiffersOnly_IsNoChange()
    {
        var result = ArticleMerge.Merge(Base, Base with { Tags = "lũ,miền Trung" }, Base with { CategoryId = 3 });

        Assert.Empty(result.Conflicts);
        Assert.Equal(3, result.Merged!.CategoryId);
        Assert.Equal("lũ, miền Trung", result.Merged.Tags);
    }

    [Fact]
    public void Body_DifferentParagraphsChanged_Merges()
    {
        var result = ArticleMerge.Body(Body, "Đoạn một sửa.\n\nĐoạn hai.\n\nĐoạn ba.", "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba sửa.");

        Assert.Equal("Đoạn một sửa.\n\nĐoạn hai.\n\nĐoạn ba sửa.", result.Text);
        Assert.Equal(1, result.TakenFromTheirs);
    }

    [Fact]
    public void Body_NeighbouringParagraphsChanged_Merges()
    {
        var result = ArticleMerge.Body(Body, "Đoạn một A.\n\nĐoạn hai.\n\nĐoạn ba.", "Đoạn một.\n\nĐoạn hai B.\n\nĐoạn ba.");

        Assert.Equal("Đoạn một A.\n\nĐoạn hai B.\n\nĐoạn ba.", result.Text);
    }

    [Fact]
    public void Body_InsertionAndDeletionElsewhere_Merges()
    {
        var result = ArticleMerge.Body(Body, "Mở đầu.\n\n" + Body, "Đoạn một.\n\nĐoạn hai.");

        Assert.Equal("Mở đầu.\n\nĐoạn một.\n\nĐoạn hai.", result.Text);
    }

    [Fact]
    public void Body_SameParagraphChangedDifferently_Conflicts()
    {
        var result = ArticleMerge.Body(Body, "Đoạn một.\n\nHai của tôi.\n\nĐoạn ba.", "Đoạn một.\n\nHai của họ.\n\nĐoạn ba.");

        Assert.Null(result.Text);
        Assert.Equal(1, result.Conflicts);
    }

    [Fact]
    public void Body_BothInsertDifferentTextAtSamePlace_Conflicts()
    {
        var result = ArticleMerge.Body(Body, Body + "\n\nCuối A.", Body + "\n\nCuối B.");

        Assert.Null(result.Text);
    }

    [Fact]
    public void Merge_BodyConflict_NamesTheBody()
    {
        var result = ArticleMerge.Merge(Base, Base with { BodyMarkdown = "X" }, Base with { BodyMarkdown = "Y" });

        Assert.Equal([ArticleFields.BodyField], result.Conflicts);
    }

    [Fact]
    public void Body_CrLfLineBreaks_ReadAsLf()
    {
        var result = ArticleMerge.Body(Body, Body.Replace("\n", "\r\n", StringComparison.Ordinal), "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba sửa.");

        Assert.Equal("Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba sửa.", result.Text);
    }

    // Property: merging with a side that did not change returns the other side (paragraphs normalized), for random
    // bodies built from a small alphabet so that repeated paragraphs (the hard case for a diff) occur often.
    [Fact]
    public void Body_OneSideUnchanged_ReturnsTheOther()
    {
        var random = new Random(10);
        string[] words = ["a", "b", "c", "a b", "d"];
        string RandomBody() => string.Join("\n\n", Enumerable.Range(0, random.Next(0, 7)).Select(_ => words[random.Next(words.Length)]));

        for (var i = 0; i < 500; i++)
        {
            var b = RandomBody();
            var other = RandomBody();

            Assert.Equal(other, ArticleMerge.Body(b, b, other).Text);
            Assert.Equal(other, ArticleMerge.Body(b, other, b).Text);
            Assert.Equal(other, ArticleMerge.Body(b, other, other).Text);
        }
    }

    [Fact]
    public void Value_OneSideUnchanged_ReturnsTheOther()
    {
        Assert.Equal(new FieldMerge("m", false, false), ArticleMerge.Value("b", "m", "b"));
        Assert.Equal(new FieldMerge("t", false, true), ArticleMerge.Value("b", "b", "t"));
        Assert.Equal(new FieldMerge(null, true, false), ArticleMerge.Value("b", "m", "t"));
        Assert.Equal(new FieldMerge(null, false, true), ArticleMerge.Value("b", "b", null));
    }
}
