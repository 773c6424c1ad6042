using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// The visibility cases on SQLite, plus the FTS5 index's own (entry removed on delete, rebuilt at start);
/// PostgreSQL runs the cases in <see cref="PostgreSql.PostgreSqlSearchVisibilityTests"/> and its index's own in <see cref="PostgreSqlSearchIndexTests"/>.
/// </summary>
public sealed class SearchVisibilityTests : SearchVisibilityTests<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public SearchVisibilityTests(EmptyPortalFactory factory)
        : base(factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Delete_Article_RemovesIndexEntry()
    {
        var article = await TestArticles.AddAsync(_factory, "Quillabe bị xoá");
        Assert.Equal(1, await IndexRowsAsync(article.Id));

        await _factory.WithDbAsync(async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == article.Id));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await IndexRowsAsync(article.Id));
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "quillabe")));
    }

    [Fact]
    public async Task Startup_IndexEmptiedOrOutdated_RebuiltFromArticles()
    {
        var article = await TestArticles.AddAsync(_factory, "Brannoch trước khi dựng lại chỉ mục");
        await ExecuteAsync("DELETE FROM ArticleSearch;");
        await _factory.EvictReaderPagesAsync(); // the index is changed behind the write path
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "brannoch")));

        await InitializeAsync();
        await _factory.EvictReaderPagesAsync();
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "brannoch")));

        // A stale entry (text changed behind the data layer) is replaced when the stored format differs.
        await ExecuteAsync($"UPDATE ArticleSearch SET Title = 'khac' WHERE rowid = {article.Id}; UPDATE ArticleSearchInfo SET Value = '0';");
        await _factory.EvictReaderPagesAsync();
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "brannoch")));
        await InitializeAsync();
        await _factory.EvictReaderPagesAsync();
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "brannoch")));
    }

    private async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    private async Task<long> IndexRowsAsync(int articleId)
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ArticleSearch WHERE rowid = $id";
        command.Parameters.AddWithValue("$id", articleId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        _ = _factory.Services;
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Readers' visibility in search, checked against the articles at query time; run per provider by a subclass.</summary>
public abstract class SearchVisibilityTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchVisibilityTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_HiddenArticles_NeverAppear()
    {
        var now = DateTimeOffset.UtcNow;
        var visible = await TestArticles.AddAsync(_factory, "Glorbix công khai");
        var hidden = new List<Article>
        {
            await TestArticles.AddAsync(_factory, "Glorbix bản nháp", ArticleStatus.Draft),
            await TestArticles.AddAsync(_factory, "Glorbix chờ duyệt", ArticleStatus.InReview),
            await TestArticles.AddAsync(_factory, "Glorbix hẹn giờ", ArticleStatus.Scheduled, now.AddDays(1)),
            await TestArticles.AddAsync(_factory, "Glorbix xuất bản tương lai", ArticleStatus.Published, now.AddHours(2)),
            await TestArticles.AddAsync(_factory, "Glorbix gỡ xuống", ArticleStatus.Unpublished, now.AddDays(-1)),
            await TestArticles.AddAsync(_factory, "Glorbix thùng rác", ArticleStatus.Trashed, now.AddDays(-1)),
        };
        var expired = await TestArticles.AddAsync(_factory, "Glorbix hết hạn", publishedAt: now.AddDays(-2));
        await _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == expired.Id)).ExpiresAt = now.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        hidden.Add(expired);

        var page = await SearchPages.SearchAsync(_factory, "glorbix");

        Assert.Equal(["/tin-tuc/" + visible.Slug], SearchPages.Links(page));
        Assert.Contains("Tìm thấy 1 bài", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PublishedThenUnpublished_Disappears()
    {
        var article = await TestArticles.AddAsync(_factory, "Trelliom được gỡ");
        Assert.Single(SearchPages.Links(await SearchPages.SearchAsync(_factory, "trelliom")));

        // Through the one write path, which evicts the cached lists (the search page is one).
        await Notifications.Commits.CommitAsync(_factory, article.Id, a => a.Status = ArticleStatus.Unpublished, EditorIdentity.Schedule);

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "trelliom")));
    }

    [Fact]
    public async Task Search_StatusChangedBehindChangeTracker_StillHidden()
    {
        // ExecuteUpdate skips the interceptor; visibility is read from the Articles table at query time.
        var article = await TestArticles.AddAsync(_factory, "Snorvel bị thu hồi");
        Assert.Single(SearchPages.Links(await SearchPages.SearchAsync(_factory, "snorvel")));

        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Trashed)));
        await _factory.EvictReaderPagesAsync(); // the cached page goes; the index row stays

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "snorvel")));
    }

    [Fact]
    public async Task Search_OutputCached_UntilAPublicChangeEvictsIt()
    {
        using var reader = _factory.CreateReader();
        using (var first = await reader.GetAsync(SearchPages.Url("plovdar")))
        {
            Assert.Empty(SearchPages.Links(await ParseAsync(first)));
        }

        // Stored behind the write path: the identical query is answered from the cache, not the database.
        var now = DateTimeOffset.UtcNow;
        var id = await _factory.WithDbAsync(async db =>
        {
            var stored = new Article
            {
                Title = "Plovdar mới đăng",
                Slug = "plovdar-moi-dang",
                Lead = "Sapo",
                BodyMarkdown = "Thân bài",
                BodyHtml = "<p>Thân bài</p>",
                Status = ArticleStatus.Draft,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Articles.Add(stored);
            await db.SaveChangesAsync();
            return stored.Id;
        });
        using (var cached = await reader.GetAsync(SearchPages.Url("plovdar")))
        {
            Assert.NotNull(cached.Headers.Age);
            Assert.Empty(SearchPages.Links(await ParseAsync(cached)));
        }

        // Published through the one write path: the next identical query finds it at once.
        await Notifications.Commits.CommitAsync(_factory, id, a =>
        {
            a.Status = ArticleStatus.Published;
            a.PublishedAt = now.AddMinutes(-1);
        }, EditorIdentity.Schedule);
        using var after = await reader.GetAsync(SearchPages.Url("plovdar"));
        Assert.Equal(["/tin-tuc/plovdar-moi-dang"], SearchPages.Links(await ParseAsync(after)));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
