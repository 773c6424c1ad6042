using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Search;

public abstract class SearchFilterAndPagingTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchFilterAndPagingTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_CategoryFilter_OnlyThatCategory()
    {
        var news = await AddCategoryAsync("Thời sự", "thoi-su-loc");
        var culture = await AddCategoryAsync("Văn hoá", "van-hoa-loc");
        var inNews = await TestArticles.AddAsync(_factory, "Dravosk thời sự");
        var inCulture = await TestArticles.AddAsync(_factory, "Dravosk văn hoá");
        await SetCategoryAsync(inNews.Id, news);
        await SetCategoryAsync(inCulture.Id, culture);

        var all = await SearchPages.SearchAsync(_factory, "dravosk");
        var onlyCulture = await SearchPages.SearchAsync(_factory, "dravosk", "chuyenmuc=van-hoa-loc");

        Assert.Equal(2, SearchPages.Links(all).Count);
        Assert.Equal(["/tin-tuc/" + inCulture.Slug], SearchPages.Links(onlyCulture));
        Assert.Equal("Văn hoá", onlyCulture.QuerySelector(".search-result .category")!.TextContent);
        Assert.Equal("van-hoa-loc", onlyCulture.QuerySelector("select[name=chuyenmuc] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_UnknownOrMalformedCategory_MessageNoResults()
    {
        await TestArticles.AddAsync(_factory, "Fennick chuyên mục lạ");

        var unknown = await SearchPages.SearchAsync(_factory, "fennick", "chuyenmuc=khong-co");
        var malformed = await SearchPages.SearchAsync(_factory, "fennick", "chuyenmuc=%27%3B--");

        Assert.Contains("Không có chuyên mục này", SearchPages.Error(unknown), StringComparison.Ordinal);
        Assert.Empty(SearchPages.Links(unknown));
        Assert.Contains("Không có chuyên mục này", SearchPages.Error(malformed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DateRange_InSiteTimeBothDaysIncluded()
    {
        // 16:30 UTC on 24 April is 23:30 on the 24th in Hà Nội; 17:30 UTC is 00:30 on the 25th.
        var on24 = await TestArticles.AddAsync(_factory, "Morvane ngày hai tư", publishedAt: new DateTimeOffset(2024, 4, 24, 16, 30, 0, TimeSpan.Zero));
        var on25 = await TestArticles.AddAsync(_factory, "Morvane ngày hai lăm", publishedAt: new DateTimeOffset(2024, 4, 24, 17, 30, 0, TimeSpan.Zero));

        var from25 = SearchPages.Links(await SearchPages.SearchAsync(_factory, "morvane", "tu=25/04/2024"));
        var to24 = SearchPages.Links(await SearchPages.SearchAsync(_factory, "morvane", "den=24/04/2024"));
        var both = SearchPages.Links(await SearchPages.SearchAsync(_factory, "morvane", "tu=24/04/2024&den=25/04/2024"));
        var oneDay = SearchPages.Links(await SearchPages.SearchAsync(_factory, "morvane", "tu=25/4/2024&den=25/04/2024"));

        Assert.Equal(["/tin-tuc/" + on25.Slug], from25);
        Assert.Equal(["/tin-tuc/" + on24.Slug], to24);
        Assert.Equal(2, both.Count);
        Assert.Equal(["/tin-tuc/" + on25.Slug], oneDay);
    }

    [Theory]
    [InlineData("tu=32/13/2024", "“Từ ngày” không phải là ngày hợp lệ")]
    [InlineData("den=abc", "“Đến ngày” không phải là ngày hợp lệ")]
    [InlineData("tu=01/01/0001", "“Từ ngày” không phải là ngày hợp lệ")]
    [InlineData("den=31/12/9999", "“Đến ngày” không phải là ngày hợp lệ")]
    [InlineData("tu=26/04/2024&den=25/04/2024", "phải trước hoặc trùng")]
    public async Task Search_BadDates_MessageNot500(string filter, string message)
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, SearchPages.Url("morvane", filter));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, SearchPages.Error(page), StringComparison.Ordinal);
        Assert.Empty(SearchPages.Links(page));
    }

    [Fact]
    public async Task Search_Paging_TenPerPageWithPager()
    {
        for (var i = 0; i < 12; i++)
        {
            await TestArticles.AddAsync(_factory, $"Zumbrel số {i}", publishedAt: DateTimeOffset.UtcNow.AddMinutes(-10 - i));
        }

        var first = await SearchPages.SearchAsync(_factory, "zumbrel");
        var second = await SearchPages.SearchAsync(_factory, "zumbrel", "trang=2");

        Assert.Contains("Tìm thấy 12 bài", first.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, SearchPages.Links(first).Count);
        Assert.Equal(2, SearchPages.Links(second).Count);
        Assert.Empty(SearchPages.Links(first).Intersect(SearchPages.Links(second)));
        Assert.Equal("/tim-kiem?q=zumbrel&trang=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/tim-kiem?q=zumbrel", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("11", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData("trang=0")]
    [InlineData("trang=abc")]
    [InlineData("trang=-1")]
    [InlineData("trang=1.5")]
    [InlineData("trang=99999999999")]
    [InlineData("trang=")]
    public async Task Search_BadPage_RedirectsToPageOne(string page)
    {
        var (status, _, location) = await SearchPages.GetAsync(_factory, SearchPages.Url("vấn đề", page + "&chuyenmuc=&tu="));

        Assert.Equal(HttpStatusCode.MovedPermanently, status);
        Assert.Equal("/tim-kiem?q=v%E1%BA%A5n%20%C4%91%E1%BB%81", location!.OriginalString);
    }

    [Theory]
    [InlineData("trang=999999")]
    [InlineData("trang=2147483647")]
    public async Task Search_PagePastTheEnd_NotFound(string page)
    {
        await TestArticles.AddAsync(_factory, "Xembolt một trang");

        var (status, notFound, _) = await SearchPages.GetAsync(_factory, SearchPages.Url("xembolt", page));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không tìm thấy trang", notFound.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Search_NoResultsPageOne_OkWithMessage()
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, SearchPages.Url("khongcobaonaoxyz", "trang=1"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Không tìm thấy bài nào", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
    }

    // Behind the write path: the kept section lists (the filter) are dropped as the write path would.
    private async Task<int> AddCategoryAsync(string name, string slug)
    {
        var id = await _factory.WithDbAsync(async db =>
        {
            var category = new Category { Name = name, Slug = slug, SortOrder = 1 };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            return category.Id;
        });
        await _factory.EvictReaderPagesAsync();
        return id;
    }

    private Task<int> SetCategoryAsync(int articleId, int categoryId) =>
        _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == articleId)).CategoryId = categoryId;
            return await db.SaveChangesAsync();
        });
}

/// <summary>The tests of <see cref="SearchFilterAndPagingTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class SearchFilterAndPagingTests(EmptyPortalFactory factory) : SearchFilterAndPagingTests<EmptyPortalFactory>(factory);
