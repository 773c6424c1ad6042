namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// What search finds and how it ranks (issue 12, decision 003), on every database: loose keywords in any order,
/// phrase above near above anywhere, title above body, exact spellings above folded ones, newer on ties, quoted
/// phrases, exclusions, operators as text, the labelled "Kết quả gần đúng" fallback. Each test uses words no other
/// test uses, so the class shares one portal.
/// </summary>
public abstract class SearchRankingTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchRankingTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_LooseKeywordsInAnyOrder_FindTheTitle()
    {
        var article = await TestArticles.AddAsync(_factory, "Ban Dân vận Tỉnh ủy Quelvar phối hợp với Công an tỉnh");

        var page = await SearchPages.SearchAsync(_factory, "quelvar cong an dan van");

        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(page));
        Assert.Null(page.QuerySelector(".search-approximate"));
        Assert.Equal(["Dân vận", "Quelvar", "Công an"], page.QuerySelectorAll(".search-result h2 mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Search_PhraseAboveNearAboveAnywhere()
    {
        var body = string.Join(' ', Enumerable.Repeat("chữ đệm", 40));
        var anywhere = await TestArticles.AddAsync(_factory, "Zorvint báo cáo", body: "Mùa " + body + " nước " + body + " sạch ở xã.");
        var near = await TestArticles.AddAsync(_factory, "Zorvint nước ở mùa sạch", body: body);
        var phrase = await TestArticles.AddAsync(_factory, "Nói về Zorvint mùa nước sạch", body: body);

        var links = SearchPages.Links(await SearchPages.SearchAsync(_factory, "zorvint mùa nước sạch"));

        Assert.Equal(["/tin-tuc/" + phrase.Slug, "/tin-tuc/" + near.Slug, "/tin-tuc/" + anywhere.Slug], links);
    }

    [Fact]
    public async Task Search_TypedPairsHeld_AboveTheWordsScattered()
    {
        // The "hoi nghi dong dien": the article holding "Hội nghị" … "Đông Điền" (two of the typed pairs, far
        // apart) ranks above one holding the four words within a few tokens of each other in another order.
        var body = string.Join(' ', Enumerable.Repeat("chữ đệm", 40));
        var scattered = await TestArticles.AddAsync(_factory, "Velt mip zarn quor tin vắn", body: body);
        var pairs = await TestArticles.AddAsync(_factory, "Zarn velt họp bàn", body: body + " đồng chí Quor Mip phát biểu.", publishedAt: DateTimeOffset.UtcNow.AddDays(-30));

        var links = SearchPages.Links(await SearchPages.SearchAsync(_factory, "zarn velt quor mip"));

        Assert.Equal(["/tin-tuc/" + pairs.Slug, "/tin-tuc/" + scattered.Slug], links);
    }

    [Fact]
    public async Task Search_TitleAboveBody()
    {
        var inBody = await TestArticles.AddAsync(_factory, "Tin địa phương", body: "Hội thảo Brandor diễn ra hôm qua.");
        var inTitle = await TestArticles.AddAsync(_factory, "Hội thảo Brandor khai mạc", publishedAt: DateTimeOffset.UtcNow.AddDays(-30));

        var links = SearchPages.Links(await SearchPages.SearchAsync(_factory, "brandor"));

        Assert.Equal(["/tin-tuc/" + inTitle.Slug, "/tin-tuc/" + inBody.Slug], links);
    }

    [Fact]
    public async Task Search_WithDiacritics_ExactSpellingFirst_WithoutThem_Newest()
    {
        var exact = await TestArticles.AddAsync(_factory, "Cây mà Flindor trồng", publishedAt: DateTimeOffset.UtcNow.AddDays(-20));
        var folded = await TestArticles.AddAsync(_factory, "Cây ma Flindor trồng", publishedAt: DateTimeOffset.UtcNow.AddDays(-10));

        var accented = SearchPages.Links(await SearchPages.SearchAsync(_factory, "mà flindor"));
        var plain = SearchPages.Links(await SearchPages.SearchAsync(_factory, "ma flindor"));

        Assert.Equal(["/tin-tuc/" + exact.Slug, "/tin-tuc/" + folded.Slug], accented);
        Assert.Equal(["/tin-tuc/" + folded.Slug, "/tin-tuc/" + exact.Slug], plain);
    }

    [Fact]
    public async Task Search_QuotedPhrase_OnlyConsecutive_MinusExcludes()
    {
        var phrase = await TestArticles.AddAsync(_factory, "Lễ hội Trivelt đường phố");
        var apart = await TestArticles.AddAsync(_factory, "Đường phố Trivelt mở lễ hội");
        var excluded = await TestArticles.AddAsync(_factory, "Lễ hội Trivelt đường phố có pháo hoa");

        var quoted = SearchPages.Links(await SearchPages.SearchAsync(_factory, "\"lễ hội trivelt\""));
        var minus = SearchPages.Links(await SearchPages.SearchAsync(_factory, "trivelt -\"pháo hoa\" -mở"));

        Assert.Equal(new[] { "/tin-tuc/" + excluded.Slug, "/tin-tuc/" + phrase.Slug }.Order(), quoted.Order());
        Assert.DoesNotContain("/tin-tuc/" + apart.Slug, quoted);
        Assert.Equal(["/tin-tuc/" + phrase.Slug], minus);
    }

    [Theory]
    [InlineData("Grelmot OR NEAR(x)")]
    [InlineData("grelmot* {Title}: ^x")]
    [InlineData("AND grelmot NOT")]
    public async Task Search_OperatorsAreText_NeverSyntax(string query)
    {
        var article = await TestArticles.AddAsync(_factory, "Grelmot OR near x and not title bài " + Guid.NewGuid().ToString("N")[..6]);

        var page = await SearchPages.SearchAsync(_factory, query);

        Assert.Null(SearchPages.Error(page));
        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
    }

    [Fact]
    public async Task Search_NoArticleHoldsEveryWord_MostWordsShownAsApproximate()
    {
        var two = await TestArticles.AddAsync(_factory, "Hợp tác xã Plovenka gặt lúa vàng");
        var one = await TestArticles.AddAsync(_factory, "Plovenka giữ rừng");

        var page = await SearchPages.SearchAsync(_factory, "plovenka gặt vàng xoài");

        Assert.Equal("Kết quả gần đúng", page.QuerySelector(".search-approximate h2")?.TextContent);
        Assert.Equal(["/tin-tuc/" + two.Slug, "/tin-tuc/" + one.Slug], SearchPages.Links(page));
        Assert.DoesNotContain("Không tìm thấy", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoWordShared_NothingFound_NotApproximate()
    {
        var page = await SearchPages.SearchAsync(_factory, "qwzrtx vbnmpl");

        Assert.Null(page.QuerySelector(".search-approximate"));
        Assert.Contains("Không tìm thấy", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SearchRankingTests(EmptyPortalFactory factory) : SearchRankingTests<EmptyPortalFactory>(factory);
