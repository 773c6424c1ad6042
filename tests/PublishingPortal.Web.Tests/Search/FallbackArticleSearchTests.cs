using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The in-memory search registered for SQL Server and PostgreSQL is plain LINQ plus .NET folding, so it is
/// checked here against the test's SQLite database with the same rules as the FTS5 index.
/// </summary>
public sealed class FallbackArticleSearchTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public FallbackArticleSearchTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Fallback_FoldingPhraseAndRanking_SameRulesAsFts()
    {
        var dien = await TestArticles.AddAsync(_factory, "Đồng chí Điền về Gravlox");
        var ma = await TestArticles.AddAsync(_factory, "Chuyện ma Gravlox", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var maGrave = await TestArticles.AddAsync(_factory, "Chuyện mà Gravlox", publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var body = await TestArticles.AddAsync(_factory, "Bài Gravlox có thân", body: "Người dân nêu vấn đề thủy lợi.");

        Assert.Equal([dien.Id], await IdsAsync("dong chi dien"));
        Assert.Equal([body.Id], await IdsAsync("van de thuỷ lợi"));
        Assert.Empty(await IdsAsync("de van"));
        Assert.Equal([maGrave.Id, ma.Id], await IdsAsync("chuyện mà gravlox"));
        Assert.Equal([ma.Id, maGrave.Id], await IdsAsync("chuyen ma gravlox"));
    }

    [Fact]
    public async Task Fallback_HiddenArticles_NeverReturned()
    {
        var visible = await TestArticles.AddAsync(_factory, "Wexford công khai");
        await TestArticles.AddAsync(_factory, "Wexford nháp", ArticleStatus.Draft);
        await TestArticles.AddAsync(_factory, "Wexford tương lai", ArticleStatus.Published, DateTimeOffset.UtcNow.AddDays(1));
        await TestArticles.AddAsync(_factory, "Wexford thùng rác", ArticleStatus.Trashed);

        Assert.Equal([visible.Id], await IdsAsync("wexford"));
    }

    [Fact]
    public async Task Fallback_Paging_TotalAndPastTheEnd()
    {
        for (var i = 0; i < 3; i++)
        {
            await TestArticles.AddAsync(_factory, $"Pellucid {i}");
        }

        var second = await SearchAsync("pellucid", page: 2, pageSize: 2);
        var past = await SearchAsync("pellucid", page: 3, pageSize: 2);

        Assert.Equal(3, second.Total);
        Assert.Single(second.Hits);
        Assert.Equal(3, past.Total);
        Assert.Empty(past.Hits);
    }

    private async Task<List<int>> IdsAsync(string query) =>
        (await SearchAsync(query)).Hits.Select(h => h.ArticleId).ToList();

    private async Task<ArticleSearchResults> SearchAsync(string query, int page = 1, int pageSize = 10)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = new FallbackArticleSearch(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), TimeProvider.System);
        return await search.SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse(query).Phrase!) { Page = page, PageSize = pageSize });
    }
}
