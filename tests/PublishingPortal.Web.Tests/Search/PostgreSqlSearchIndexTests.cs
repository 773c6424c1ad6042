using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;
using PublishingPortal.Web.Tests.PostgreSql;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// PostgreSQL's search index itself: created by the migration, used by the app's queries, kept current on save and
/// delete, repaired and rebuilt at start, and checked against the articles for readers' visibility.
/// </summary>
public sealed class PostgreSqlSearchIndexTests : IClassFixture<PostgreSqlEmptyPortalFactory>
{
    private readonly PostgreSqlEmptyPortalFactory _factory;

    public PostgreSqlSearchIndexTests(PostgreSqlEmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Migration_CreatesDocumentTableWithGinIndex()
    {
        var indexes = await QueryAsync("SELECT indexdef FROM pg_indexes WHERE tablename = 'ArticleSearchDocuments'");
        var applied = await _factory.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());

        Assert.Contains(applied, m => m.EndsWith("_SearchIndex", StringComparison.Ordinal));
        Assert.Contains(indexes, d => d.Contains("USING gin (\"SearchVector\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WindowQueryUsesGinIndex_PageReadsOnlyTheWindow()
    {
        // Enough rows, with statistics, for the planner to weigh the GIN index against reading the articles.
        await _factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Articles.AddRange(Enumerable.Range(0, 2000).Select(i => new Article
            {
                Title = $"Tin tổng hợp số {i} trong ngày",
                Slug = $"tin-tong-hop-{i}-{Guid.NewGuid():N}",
                Lead = $"Tóm tắt thứ {i} của bản tin địa phương.",
                BodyMarkdown = $"Nội dung bản tin {i}: giao thông, nông nghiệp, giáo dục và y tế.",
                BodyHtml = $"<p>Nội dung bản tin {i}: giao thông, nông nghiệp, giáo dục và y tế.</p>",
                Status = ArticleStatus.Published,
                PublishedAt = now.AddMinutes(-10 - i),
                CreatedAt = now,
                UpdatedAt = now,
            }));
            return await db.SaveChangesAsync();
        });
        for (var i = 0; i < 12; i++)
        {
            await TestArticles.AddAsync(_factory, $"Bài số {i} về chủ đề Dorvantel", body: $"Nội dung riêng {i}.");
        }

        var connectionString = await ConnectionStringAsync();
        await ExecuteAsync("VACUUM ANALYZE");
        using var capture = new SearchSqlCapture(connectionString, "ArticleSearchDocuments");
        var page = await SearchPages.SearchAsync(_factory, "chu de dorvantel");

        Assert.Equal(10, SearchPages.Links(page).Count);
        Assert.Contains("Tìm thấy 12 bài", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, capture.Commands.Count);

        // The window query finds the rare word through the GIN index; the page query then reads only the window's
        // id range (issue 12), by primary key or through the GIN index, whichever the planner prefers.
        var window = await SearchSqlCapture.ExplainAsync(connectionString, capture.Commands[0]);
        var ranked = await SearchSqlCapture.ExplainAsync(connectionString, capture.Commands[1]);
        Assert.Contains("IX_ArticleSearchDocuments_SearchVector", window, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", ranked, StringComparison.Ordinal);
        Assert.Matches("IX_ArticleSearchDocuments_SearchVector|Index Cond: \\(\"(Id|ArticleId)\" >= ", ranked);
    }

    [Fact]
    public async Task Search_UnpublishedOrHidden_NotFound_PublishedFound()
    {
        var visible = await TestArticles.AddAsync(_factory, "Graventhal công khai");
        await TestArticles.AddAsync(_factory, "Graventhal bản nháp", ArticleStatus.Draft);
        await TestArticles.AddAsync(_factory, "Graventhal tương lai", ArticleStatus.Published, DateTimeOffset.UtcNow.AddDays(1));
        var unpublished = await TestArticles.AddAsync(_factory, "Graventhal sẽ gỡ");
        await _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == unpublished.Id)).Status = ArticleStatus.Unpublished;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["/tin-tuc/" + visible.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "graventhal")));
    }

    [Fact]
    public async Task Delete_Article_CascadesToIndexRow()
    {
        var article = await TestArticles.AddAsync(_factory, "Hollimbre bị xoá");
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM \"ArticleSearchDocuments\" WHERE \"ArticleId\" = {article.Id}"));

        await _factory.WithDbAsync(async db =>
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == article.Id));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM \"ArticleSearchDocuments\" WHERE \"ArticleId\" = {article.Id}"));
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "hollimbre")));
    }

    [Fact]
    public async Task Startup_IndexEmptiedOrOutdated_RebuiltFromArticles()
    {
        var article = await TestArticles.AddAsync(_factory, "Quastrel trước khi dựng lại chỉ mục");
        await ExecuteAsync($"DELETE FROM \"ArticleSearchDocuments\" WHERE \"ArticleId\" = {article.Id}");
        await _factory.EvictReaderPagesAsync(); // changed behind the write path
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "quastrel")));

        await InitializeAsync();
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "quastrel")));

        // A stale entry (text changed behind the data layer) is replaced when the stored format differs.
        await ExecuteAsync($"UPDATE \"ArticleSearchDocuments\" SET \"SearchVector\" = 'khac'::tsvector WHERE \"ArticleId\" = {article.Id}; UPDATE \"ArticleSearchInfo\" SET \"Value\" = '0'");
        await _factory.EvictReaderPagesAsync();
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "quastrel")));
        await InitializeAsync();
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "quastrel")));
        Assert.Equal([PostgreSqlSearchStore.FormatVersion.ToString(CultureInfo.InvariantCulture)], await QueryAsync("SELECT \"Value\" FROM \"ArticleSearchInfo\" WHERE \"Name\" = 'Format'"));
    }

    [Fact]
    public async Task Phrase_AcrossTitleAndLead_NotMatched()
    {
        // FTS5 matches a quoted phrase within one column; the empty position between fields keeps that rule here.
        var article = await TestArticles.AddAsync(_factory, "Tin về Ombrevale", lead: "Zinthor mở hội chợ.");

        Assert.Single(SearchPages.Links(await SearchPages.SearchAsync(_factory, "zinthor mo hoi cho")));
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "\"ombrevale zinthor\"")));
        Assert.Equal("/tin-tuc/" + article.Slug, SearchPages.Links(await SearchPages.SearchAsync(_factory, "ombrevale"))[0]);
    }

    private Task<string> ConnectionStringAsync() =>
        _factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

    private async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await _factory.EvictReaderPagesAsync(); // a rebuilt index is not a write through the data layer
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
