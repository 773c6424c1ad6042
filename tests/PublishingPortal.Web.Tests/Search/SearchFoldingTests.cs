using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PublishingPortal.Web.Tests.Search;

public abstract class SearchFoldingTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchFoldingTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_NoDiacritics_FindsDongChiDien()
    {
        var article = await TestArticles.AddAsync(_factory, "Đồng chí Điền thăm hợp tác xã Quỳnh Lâm");

        var page = await SearchPages.SearchAsync(_factory, "dong chi dien");

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
        Assert.Contains("Tìm thấy", page.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NfdQuery_FindsNfcText()
    {
        var article = await TestArticles.AddAsync(_factory, "Nghiệm thu công trình Thuỷ điện Sông Bung");
        var query = "thuỷ điện sông bung".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(query, query.Normalize(NormalizationForm.FormC));

        var page = await SearchPages.SearchAsync(_factory, query);

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
    }

    [Fact]
    public async Task Search_NfdStoredText_FoundByNfcQuery()
    {
        // Text is stored as NFC by the editors, but an import that was not normalised must still be found.
        var article = await TestArticles.AddAsync(_factory, "Khánh thành cầu Phước Khánh".Normalize(NormalizationForm.FormD));

        var page = await SearchPages.SearchAsync(_factory, "cầu Phước Khánh");

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
    }

    [Theory]
    [InlineData("Hòa giải ở cơ sở xã Vĩnh Quang", "hoà giải ở cơ sở xã vĩnh quang")]
    [InlineData("Hoà giải ở cơ sở xã Vĩnh Lợi", "hòa giải ở cơ sở xã vĩnh lợi")]
    [InlineData("Thủy lợi nội đồng Bình Lục", "thuỷ lợi nội đồng bình lục")]
    [InlineData("Thuỷ lợi nội đồng Bình Sơn", "thủy lợi nội đồng bình sơn")]
    public async Task Search_OldAndNewTonePlacement_FindEachOther(string title, string query)
    {
        var article = await TestArticles.AddAsync(_factory, title);

        var page = await SearchPages.SearchAsync(_factory, query);

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
        // Same spelling once tone placement is normalised: it ranks as an exact match, and is marked.
        Assert.Equal("/tin-tuc/" + article.Slug, SearchPages.Links(page)[0]);
        Assert.Equal(title, page.QuerySelector(".search-result h2 mark")!.TextContent);
    }

    [Fact]
    public async Task Search_WordsInAnyOrder_Found_QuotedPhraseOnlyConsecutive()
    {
        var article = await TestArticles.AddAsync(_factory, "Giải quyết vấn đề nước sạch Khe Sanh");

        var inOrder = await SearchPages.SearchAsync(_factory, "van de nuoc sach");
        var reversed = await SearchPages.SearchAsync(_factory, "de van nuoc sach khe sanh");
        var quotedReversed = await SearchPages.SearchAsync(_factory, "\"đề vấn\" khe sanh");

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(inOrder));
        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(reversed));
        Assert.Null(reversed.QuerySelector(".search-approximate"));

        // The quoted phrase does not occur: only the "Kết quả gần đúng" fallback (most of the terms) shows it.
        Assert.Equal("Kết quả gần đúng", quotedReversed.QuerySelector(".search-approximate h2")?.TextContent);
    }

    [Fact]
    public async Task Search_VanDe_FindsVanDeInBody()
    {
        var article = await TestArticles.AddAsync(
            _factory, "Họp dân thôn Đông Yên", body: "Người dân nêu nhiều vấn đề về đường làng Đông Yên.");

        var page = await SearchPages.SearchAsync(_factory, "van de ve duong lang");

        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(page));
        // The lead does not hold the phrase, so the excerpt comes from the body, marked in its own spelling.
        Assert.Equal("vấn đề về đường làng", page.QuerySelector(".search-result .excerpt mark")!.TextContent);
    }

    [Fact]
    public async Task Search_QueryWithDiacritics_ExactSpellingRanksFirst()
    {
        // Oldest first, so newest-first ordering cannot produce the expected order by chance.
        var withMa = await TestArticles.AddAsync(_factory, "Chuyện ma làng Zetavu", publishedAt: DateTimeOffset.UtcNow.AddDays(-3));
        var withMaGrave = await TestArticles.AddAsync(_factory, "Chuyện mà làng Zetavu", publishedAt: DateTimeOffset.UtcNow.AddDays(-4));
        var withMaAcute = await TestArticles.AddAsync(_factory, "Chuyện má làng Zetavu", publishedAt: DateTimeOffset.UtcNow.AddDays(-5));

        var grave = SearchPages.Links(await SearchPages.SearchAsync(_factory, "chuyện mà làng zetavu"));
        var acute = SearchPages.Links(await SearchPages.SearchAsync(_factory, "Chuyện MÁ làng Zetavu"));
        var folded = SearchPages.Links(await SearchPages.SearchAsync(_factory, "chuyen ma lang zetavu"));

        Assert.Equal(3, grave.Count);
        Assert.Equal("/tin-tuc/" + withMaGrave.Slug, grave[0]);
        Assert.Equal("/tin-tuc/" + withMaAcute.Slug, acute[0]);
        // Without diacritics nothing is preferred: newest first.
        Assert.Equal(["/tin-tuc/" + withMa.Slug, "/tin-tuc/" + withMaGrave.Slug, "/tin-tuc/" + withMaAcute.Slug], folded);
    }

    [Fact]
    public async Task Search_Highlight_OriginalSpellingInMark()
    {
        var article = await TestArticles.AddAsync(
            _factory, "Ông Điền nhận giải Vàng Kỳ Sơn", lead: "Ông Điền, nông dân Kỳ Sơn, được trao giải.");

        var page = await SearchPages.SearchAsync(_factory, "dien nhan giai vang ky son");
        var titleLink = page.QuerySelector($".search-result h2 a[href='/tin-tuc/{article.Slug}']")!;

        Assert.Equal("Điền nhận giải Vàng Kỳ Sơn", titleLink.QuerySelector("mark")!.TextContent);
        Assert.Contains("Ông <mark>Điền nhận giải Vàng Kỳ Sơn</mark>", titleLink.InnerHtml, StringComparison.Ordinal);

        var single = await SearchPages.SearchAsync(_factory, "ky son");
        var result = single.QuerySelectorAll(".search-result").Single(r => r.QuerySelector($"a[href='/tin-tuc/{article.Slug}']") is not null);
        Assert.Equal(["Kỳ Sơn"], result.QuerySelectorAll(".excerpt mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Search_TitleWithMarkup_EncodedNotInjected()
    {
        var article = await TestArticles.AddAsync(
            _factory, "Điền Quarvex <script>alert(1)</script> & <b>đậm</b>", lead: "Sapo <i>nghiêng</i> về Quarvex.");

        using var client = _factory.CreateReader();
        var html = await client.GetStringAsync(SearchPages.Url("quarvex"));
        var page = await SearchPages.SearchAsync(_factory, "quarvex");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>đậm", html, StringComparison.Ordinal);
        var link = page.QuerySelector($".search-result h2 a[href='/tin-tuc/{article.Slug}']")!;
        Assert.Equal(article.Title, link.TextContent);
        Assert.Equal(["mark"], link.Children.Select(c => c.LocalName));
        Assert.Equal("Sapo <i>nghiêng</i> về Quarvex.", page.QuerySelector(".search-result .excerpt")!.TextContent);
    }

    [Fact]
    public async Task Search_ResultShowsSiteDateAndTimeElement()
    {
        // 17:30 UTC on 24 April is 00:30 on 25 April in Hà Nội.
        await TestArticles.AddAsync(_factory, "Bài Yortle nửa đêm", publishedAt: new DateTimeOffset(2024, 4, 24, 17, 30, 0, TimeSpan.Zero));

        var page = await SearchPages.SearchAsync(_factory, "yortle");
        var time = page.QuerySelector(".search-result time")!;

        Assert.Equal("25/04/2024", time.TextContent);
        Assert.Equal("2024-04-25T00:30:00+07:00", time.GetAttribute("datetime"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("Tìm kiếm", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Search_ArticleEdited_FoundByNewTitleOnly()
    {
        var article = await TestArticles.AddAsync(_factory, "Tiêu đề cũ Plimbo");
        Assert.Single(SearchPages.Links(await SearchPages.SearchAsync(_factory, "tieu de cu plimbo")));

        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.Title = "Tiêu đề mới Quendar";
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync(); // changed behind the write path, which would evict

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "plimbo")));
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "tiêu đề mới quendar")));
    }

    [Fact]
    public async Task Search_BodyEditedSynchronously_Reindexed()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài sửa nội dung Wombeth", body: "Nội dung ban đầu Kestrix.");

        await _factory.WithDbAsync(db =>
        {
            var stored = db.Articles.Single(a => a.Id == article.Id);
            stored.BodyMarkdown = "Nội dung thay thế Vantorq.";
            stored.BodyHtml = "<p>Nội dung thay thế Vantorq.</p>";
            return Task.FromResult(db.SaveChanges());
        });

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "kestrix")));
        Assert.Single(SearchPages.Links(await SearchPages.SearchAsync(_factory, "vantorq")));
    }
}

/// <summary>The tests of <see cref="SearchFoldingTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class SearchFoldingTests(EmptyPortalFactory factory) : SearchFoldingTests<EmptyPortalFactory>(factory);
