using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Tests.Reading;

/// <summary>A change evicts exactly the cached pages that show the article: its own, its neighbours', the lists.</summary>
public sealed class ReaderCacheEvictionTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public ReaderCacheEvictionTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task EvictArticle_PagesShowingItRefreshed_UnrelatedPageStaysCached()
    {
        var section = new Category { Name = "Thể thao", Slug = "the-thao-" + Guid.NewGuid().ToString("N")[..4] };
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(section);
            return await db.SaveChangesAsync();
        });
        var changed = await TestArticles.AddAsync(_factory, "Đội bóng tỉnh thắng trận mở màn", publishedAt: DateTimeOffset.UtcNow.AddHours(-3));
        var neighbour = await TestArticles.AddAsync(_factory, "Giải bóng đá thiếu niên khai mạc", publishedAt: DateTimeOffset.UtcNow.AddHours(-2));
        var unrelated = await TestArticles.AddAsync(_factory, "Hội chợ nông sản cuối tuần", publishedAt: DateTimeOffset.UtcNow.AddHours(-1));
        await _factory.WithDbAsync(async db =>
        {
            await db.Articles.Where(a => a.Id == changed.Id || a.Id == neighbour.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CategoryId, section.Id));
            return 0;
        });
        await _factory.EvictReaderPagesAsync();
        using var reader = _factory.CreateReader();

        // Fill the cache.
        await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + changed.Slug);
        var neighbourPage = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + neighbour.Slug);
        Assert.Contains(neighbourPage.QuerySelectorAll(".related a, .other-news a"), a => a.TextContent == changed.Title);
        await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + unrelated.Slug);
        await PortalFactory.GetDocumentAsync(reader, "/");

        // Change both titles in the database; only the first one is announced to the cache.
        await _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == changed.Id)).Title = "Đội bóng tỉnh thắng đậm trận mở màn";
            (await db.Articles.SingleAsync(a => a.Id == unrelated.Id)).Title = "Tiêu đề mới chưa báo cho bộ nhớ đệm";
            return await db.SaveChangesAsync();
        });
        await ReaderCache.EvictArticleAsync(_factory.Services.GetRequiredService<IOutputCacheStore>(), changed.Id);

        var own = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + changed.Slug);
        Assert.Equal("Đội bóng tỉnh thắng đậm trận mở màn", own.QuerySelector("h1.article-title")!.TextContent.Trim());
        var beside = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + neighbour.Slug);
        Assert.Contains(beside.QuerySelectorAll(".related a, .other-news a"), a => a.TextContent == "Đội bóng tỉnh thắng đậm trận mở màn");
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Contains(home.QuerySelectorAll("a"), a => a.TextContent == "Đội bóng tỉnh thắng đậm trận mở màn");

        // The unrelated article's page was not evicted: it still shows the cached title.
        var other = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + unrelated.Slug);
        Assert.Equal("Hội chợ nông sản cuối tuần", other.QuerySelector("h1.article-title")!.TextContent.Trim());
    }
}
