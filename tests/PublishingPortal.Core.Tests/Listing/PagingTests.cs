using PublishingPortal.Core.Listing;

namespace PublishingPortal.Core.Tests.Listing;

public class PagingTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    public void PageCount_Total_RoundsUpWithAtLeastOnePage(int total, int pages)
    {
        Assert.Equal(pages, Paging.Clamped(1, 20, total).PageCount);
    }

    [Fact]
    public void PageCount_HugeTotal_DoesNotOverflow()
    {
        Assert.Equal(int.MaxValue, Paging.Clamped(1, 1, int.MaxValue).PageCount);
        Assert.Equal((int.MaxValue / 50) + 1, Paging.Clamped(1, 50, int.MaxValue).PageCount);
    }

    [Fact]
    public void Skip_ThirdPage_SkipsTwoPages()
    {
        var paging = Paging.Clamped(3, 20, 45);

        Assert.Equal(3, paging.Page);
        Assert.Equal(40, paging.Skip);
        Assert.Equal(41, paging.FirstNumber);
        Assert.True(paging.HasRows);
    }

    [Theory]
    [InlineData(int.MinValue, 1)]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(99999, 3)]
    [InlineData(int.MaxValue, 3)]
    public void Clamped_AnyPageNumber_LandsOnARealPage(int requested, int page)
    {
        var paging = Paging.Clamped(requested, 10, 25);

        Assert.Equal(page, paging.Page);
        Assert.False(paging.IsPastEnd);
    }

    [Fact]
    public void Clamped_EmptyList_IsOneEmptyPageWithoutNeighbours()
    {
        var paging = Paging.Clamped(7, 10, 0);

        Assert.Equal(1, paging.Page);
        Assert.Equal(1, paging.PageCount);
        Assert.Equal(0, paging.Skip);
        Assert.False(paging.HasRows);
        Assert.False(paging.HasPrevious);
        Assert.False(paging.HasNext);
    }

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, false)]
    public void HasPreviousAndNext_ByPosition(int page, bool previous, bool next)
    {
        var paging = Paging.At(page, 10, 30);

        Assert.Equal(previous, paging.HasPrevious);
        Assert.Equal(next, paging.HasNext);
    }

    [Fact]
    public void At_PastTheEnd_StaysThereAndReadsNothing()
    {
        var paging = Paging.At(4, 10, 30);

        Assert.Equal(4, paging.Page);
        Assert.True(paging.IsPastEnd);
        Assert.False(paging.HasRows);
        Assert.Equal(30, paging.Skip);
        Assert.False(paging.HasNext);
    }

    [Fact]
    public void At_LastPossiblePageNumber_SkipDoesNotOverflow()
    {
        var paging = Paging.At(int.MaxValue, 50, 120);

        Assert.True(paging.IsPastEnd);
        Assert.Equal(120, paging.Skip);
        Assert.False(paging.HasRows);
    }

    [Fact]
    public void At_FirstPageOfEmptyList_IsNotPastEnd()
    {
        var paging = Paging.At(1, 10, 0);

        Assert.False(paging.IsPastEnd);
        Assert.False(paging.HasRows);
    }

    [Fact]
    public void At_PageBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.At(0, 10, 5));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(10, -1)]
    public void Factories_BadSizeOrTotal_Throw(int pageSize, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.Clamped(1, pageSize, total));
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.At(1, pageSize, total));
    }

    [Fact]
    public void Equality_SameNumbers_Equal()
    {
        Assert.Equal(Paging.Clamped(9, 10, 25), Paging.At(3, 10, 25));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    public void ParsePageNumber_PositiveWholeNumber_Read(string text, int page)
    {
        Assert.Equal(page, Paging.ParsePageNumber(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("２")]
    public void ParsePageNumber_Garbage_Null(string? text)
    {
        Assert.Null(Paging.ParsePageNumber(text));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("99999999999", int.MaxValue)]
    [InlineData("000099999999999", int.MaxValue)]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("0", 1)]
    [InlineData("0000", 1)]
    [InlineData("-5", 1)]
    [InlineData("abc", 1)]
    [InlineData("２", 1)]
    public void ParseClampedPageNumber_TooLargeMeansPastTheEnd_GarbageMeansFirst(string? text, int page)
    {
        Assert.Equal(page, Paging.ParseClampedPageNumber(text));
    }

    [Fact]
    public void ParseClampedPageNumber_TooLarge_ClampsToLastPageLikeAnyPagePastTheEnd()
    {
        var huge = Paging.Clamped(Paging.ParseClampedPageNumber("99999999999"), 20, 45);
        var pastEnd = Paging.Clamped(Paging.ParseClampedPageNumber("4"), 20, 45);

        Assert.Equal(3, huge.Page);
        Assert.Equal(pastEnd, huge);
    }
}
