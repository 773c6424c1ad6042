using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;
using PublishingPortal.Data.Search;
using PublishingPortal.Web.Tests.PostgreSql;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// Where the SQL shape of PostgreSQL's search matters (issue 12): the rank window cut in SQL before ranking, the
/// near tier, and the search table's rows kept uncompressed.
/// </summary>
public sealed class PostgreSqlSearchWindowTests : IClassFixture<PostgreSqlEmptyPortalFactory>
{
    private readonly PostgreSqlEmptyPortalFactory _factory;

    public PostgreSqlSearchWindowTests(PostgreSqlEmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_MoreMatchesThanWindow_RanksOnlyNewestInSql()
    {
        // Five old articles with the word in the title (they would rank first), then a window's worth of newer ones
        // with it in the body only: the window holds the newest, so the old ones are never ranked nor shown.
        var now = DateTimeOffset.UtcNow;
        await AddManyAsync(5, i => ($"Quelmirath quelmirath tiêu đề cũ {i}", "Nội dung cũ."), now.AddDays(-30));
        await AddManyAsync(ArticleSearchRequest.RankWindow, i => ($"Bài mới số {i}", $"Nội dung nhắc quelmirath lần {i}."), now.AddDays(-1));
        var old = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Title.StartsWith("Quelmirath")).Select(a => a.Id).ToListAsync());
        var connectionString = await _factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await ExecuteAsync(connectionString, "VACUUM ANALYZE");

        using var capture = new SearchSqlCapture(connectionString, "ArticleSearchDocuments");
        var results = await SearchAsync("quelmirath");

        Assert.Equal(ArticleSearchRequest.RankWindow, results.Total);
        Assert.True(results.MoreThanWindow);
        Assert.Equal(10, results.Hits.Count);
        Assert.DoesNotContain(results.Hits, h => old.Contains(h.ArticleId));
        Assert.Equal(2, capture.Commands.Count);

        // The page query: the innermost sort on ts_rank_cd (the ranking; an outer one orders the page's rows) is fed
        // the window's rows, not every match.
        var plan = await ExplainAnalyzeAsync(connectionString, capture.Commands[1]);
        var ranking = Nodes(plan).Last(n => n.GetProperty("Node Type").GetString() == "Sort"
            && n.GetProperty("Sort Key").EnumerateArray().Any(k => k.GetString()!.Contains("ts_rank_cd", StringComparison.Ordinal)));
        var fed = ranking.GetProperty("Plans").EnumerateArray().Sum(p => p.GetProperty("Actual Rows").GetDouble());
        Assert.Equal(ArticleSearchRequest.RankWindow, fed);
    }

    [Fact]
    public async Task Search_TwoWords_PhraseAboveNearAboveAnywhere_NearInEitherOrder()
    {
        var far = string.Join(' ', Enumerable.Repeat("chữ", 30));
        await TestArticles.AddAsync(_factory, "Bài xa", body: $"Tarvonel {far} Miskadra.");
        var phrase = await TestArticles.AddAsync(_factory, "Bài liền", body: "Tarvonel Miskadra đứng liền nhau.");
        var near = await TestArticles.AddAsync(_factory, "Bài gần ngược", body: "Miskadra cách năm chữ một hai ba Tarvonel.");

        var results = await SearchAsync("tarvonel miskadra");

        Assert.Equal(3, results.Total);
        Assert.Equal(phrase.Id, results.Hits[0].ArticleId);
        Assert.Equal(near.Id, results.Hits[1].ArticleId);
    }

    [Fact]
    public async Task Search_MostTerms_MoreTermsFirst_ExclusionsApply_ExactSpellingFirst()
    {
        var one = await TestArticles.AddAsync(_factory, "Bài một từ Plinvaro");
        var two = await TestArticles.AddAsync(_factory, "Bài hai từ Plinvaro Qostrel");
        await TestArticles.AddAsync(_factory, "Bài bị loại Plinvaro Qostrel Zembrik");

        // Another spelling of the same folded words, weighted higher (title and lead) than the exact one (body).
        var other = await TestArticles.AddAsync(_factory, "Hồi Drovanta", lead: "Hồi Drovanta trở lại.");
        var exact = await TestArticles.AddAsync(_factory, "Tin trong tuần", body: "Hội Drovanta họp.");

        var most = await SearchAsync("plinvaro qostrel wextumber -zembrik", SearchMatch.MostTerms);
        var all = await SearchAsync("plinvaro qostrel wextumber -zembrik", SearchMatch.AllTerms);
        var spelled = await SearchAsync("hội drovanta");
        var bare = await SearchAsync("hoi drovanta");

        Assert.Equal([two.Id, one.Id], most.Hits.Select(h => h.ArticleId));
        Assert.Equal(0, all.Total);
        Assert.Equal([exact.Id, other.Id], spelled.Hits.Select(h => h.ArticleId));
        Assert.Equal([true, false], spelled.Hits.Select(h => h.ExactMatch));
        Assert.Equal([other.Id, exact.Id], bare.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public async Task SearchDocuments_VectorsOfOrdinaryArticles_StoredUncompressed()
    {
        // About 600 distinct words: a vector of several kilobytes, which the default (2 KB) would compress.
        var body = string.Join(' ', Enumerable.Range(0, 600).Select(i => "từ" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var article = await TestArticles.AddAsync(_factory, "Bài dài Hastrelow", body: body);
        var connectionString = await _factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_column_size(\"SearchVector\"), pg_column_compression(\"SearchVector\") IS NULL, (SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'ArticleSearchDocuments') FROM \"ArticleSearchDocuments\" WHERE \"ArticleId\" = @id",
            connection);
        command.Parameters.AddWithValue("id", article.Id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.True(reader.GetInt32(0) > 2048, $"vector of {reader.GetInt32(0)} bytes: too small to test");
        Assert.True(reader.GetBoolean(1));
        Assert.Contains($"toast_tuple_target={PostgreSqlSearchDocumentConfiguration.ToastTupleTarget}", reader.GetString(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Near_PairsOfNeighbours_EveryDistanceBothOrders_FirstTokensOnly()
    {
        var near = PostgreSqlSearchQuery.Near(["dan", "van", "cong", "an", "tinh", "uy", "ban", "nganh"])!.ToString();

        Assert.Contains("'dan' <-> 'van'", near, StringComparison.Ordinal);
        Assert.Contains($"'van' <{PostgreSqlSearchQuery.NearDistance}> 'dan'", near, StringComparison.Ordinal);
        Assert.Contains("'uy' <-> 'tinh'", near, StringComparison.Ordinal);
        Assert.DoesNotContain($"<{PostgreSqlSearchQuery.NearDistance + 1}>", near, StringComparison.Ordinal);
        Assert.DoesNotContain("'dan' <-> 'cong'", near, StringComparison.Ordinal);
        Assert.DoesNotContain("ban", near, StringComparison.Ordinal); // the 7th token: past MaxNearTokens
        Assert.Null(PostgreSqlSearchQuery.Near(["dan"]));
    }

    private async Task<ArticleSearchResults> SearchAsync(string query, SearchMatch match = SearchMatch.AllTerms)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IArticleSearch>()
            .SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse(query).Phrase!) { Match = match });
    }

    private Task<int> AddManyAsync(int count, Func<int, (string Title, string Body)> text, DateTimeOffset publishedAt) =>
        _factory.WithDbAsync(async db =>
        {
            db.Articles.AddRange(Enumerable.Range(0, count).Select(i =>
            {
                var (title, body) = text(i);
                return new Article
                {
                    Title = title,
                    Slug = $"bai-{Guid.NewGuid():N}",
                    Lead = "Tóm tắt.",
                    BodyMarkdown = body,
                    BodyHtml = $"<p>{body}</p>",
                    Status = ArticleStatus.Published,
                    PublishedAt = publishedAt.AddMinutes(i),
                    CreatedAt = publishedAt,
                    UpdatedAt = publishedAt,
                };
            }));
            return await db.SaveChangesAsync();
        });

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<JsonElement> ExplainAnalyzeAsync(string connectionString, (string Sql, NpgsqlParameter[] Parameters) captured)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + captured.Sql, connection);
        explain.Parameters.AddRange(captured.Parameters.Select(p => p.Clone()).ToArray());
        var json = (string)(await explain.ExecuteScalarAsync())!;
        return JsonDocument.Parse(json).RootElement[0].GetProperty("Plan").Clone();
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement node)
    {
        yield return node;
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var descendant in Nodes(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
