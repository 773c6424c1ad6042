using System.Net;
using System.Text.Json;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// Title suggestions <c>/tim-kiem/goi-y?q=…</c> (issue 12): the folded words with the last one as a prefix, visible
/// articles only, at most 8, output-cached until a publish, any input answered 200 with a JSON list. SQLite here,
/// PostgreSQL in <see cref="PostgreSql.PostgreSqlSearchSuggestionsTests"/>.
/// </summary>
public abstract class SearchSuggestionsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchSuggestionsTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Suggest_FoldedPrefix_StartsOrContains_DraftNever()
    {
        var starts = await TestArticles.AddAsync(_factory, "Hội nghị tổng kết Yelbrandt năm 2025");
        var contains = await TestArticles.AddAsync(_factory, "Tỉnh tổ chức hội nghị Yelbrandt mở rộng", publishedAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        await TestArticles.AddAsync(_factory, "Hội nghị Yelbrandt bản nháp", ArticleStatus.Draft);
        await TestArticles.AddAsync(_factory, "Hội thảo Yelbrandt không khớp");

        var items = await SuggestAsync("hoi ngh");
        var yelbrandt = items.Where(i => i.Title.Contains("Yelbrandt", StringComparison.Ordinal)).ToList();

        // Newest first, but a title that starts with the words comes before one that only contains them.
        Assert.Equal(
            [(starts.Title, "/tin-tuc/" + starts.Slug), (contains.Title, "/tin-tuc/" + contains.Slug)],
            yelbrandt.Select(i => (i.Title, i.Url)).ToList());
        Assert.Equal([contains.Title], (await SuggestAsync("Tổ chức HỘI NGHỊ yelbr")).Select(i => i.Title).ToList());
        Assert.Equal(3, (await SuggestAsync("yelbra")).Count);
        Assert.Empty(await SuggestAsync("ngh yelbrandt"));
    }

    [Fact]
    public async Task Suggest_AtMostEight_NewestFirst()
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            await TestArticles.AddAsync(_factory, $"Zimbrath lần {i}", publishedAt: now.AddMinutes(-20 + i));
        }

        var items = await SuggestAsync("zimb");

        Assert.Equal(Enumerable.Range(2, 8).Reverse().Select(i => $"Zimbrath lần {i}").ToList(), items.Select(i => i.Title).ToList());
    }

    [Fact]
    public async Task Suggest_OutputCached_UntilAPublishEvictsIt()
    {
        var article = await TestArticles.AddAsync(_factory, "Quandrivel khánh thành cầu mới", ArticleStatus.Draft);
        using var reader = _factory.CreateReader();
        using (var first = await reader.GetAsync(Url("quandriv")))
        {
            Assert.Empty(await ReadAsync(first));
        }

        using (var cached = await reader.GetAsync(Url("quandriv")))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        await Notifications.Commits.CommitAsync(_factory, article.Id, a =>
        {
            a.Status = ArticleStatus.Published;
            a.PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        }, EditorIdentity.Schedule);

        using var after = await reader.GetAsync(Url("quandriv"));
        Assert.Equal(["/tin-tuc/" + article.Slug], (await ReadAsync(after)).Select(i => i.Url).ToList());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=h")]
    [InlineData("?q=%22*")]
    [InlineData("?q=NEAR(a%20b)%20OR%20*")]
    [InlineData("?q=%27x%27%3A*A%20%3C-%3E%20!")]
    [InlineData("?q=%EF%BF%BE%EF%BF%BF")]
    [InlineData("?q=%ED%A0%80ab")]
    [InlineData("?q=%FF%FEab")]
    [InlineData("?q=a&q=b")]
    [InlineData("?q=%E2%80%8F%D9%85%D8%B1%D8%AD%D8%A8%D8%A7")]
    [InlineData("?q=1%27%20OR%201%3D1--")]
    public async Task Suggest_AnyInput_200WithAJsonList(string query)
    {
        using var reader = _factory.CreateReader();
        using var response = await reader.GetAsync("/tim-kiem/goi-y" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    [Fact]
    public async Task Suggest_LongerThanHundredCharacters_Empty()
    {
        var title = "Trostavel " + string.Join(' ', Enumerable.Repeat("dài", 25));
        await TestArticles.AddAsync(_factory, title);

        Assert.Single(await SuggestAsync(title[..100]));
        Assert.Empty(await SuggestAsync(title[..101]));
    }

    private static string Url(string q) => Web.Routing.ReaderUrls.SearchSuggestions(q);

    private static async Task<List<Item>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<List<Item>>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
    }

    private async Task<List<Item>> SuggestAsync(string q)
    {
        using var reader = _factory.CreateReader();
        using var response = await reader.GetAsync(Url(q));
        return await ReadAsync(response);
    }

    private sealed record Item(string Title, string Url);
}

/// <summary>The suggestion cases on SQLite.</summary>
public sealed class SearchSuggestionsTests(EmptyPortalFactory factory) : SearchSuggestionsTests<EmptyPortalFactory>(factory);
