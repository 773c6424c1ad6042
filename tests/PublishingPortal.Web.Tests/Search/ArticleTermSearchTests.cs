using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Search;
using PublishingPortal.Data;
using PublishingPortal.Data.Search;
using PublishingPortal.Web.Tests.Data;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// A context whose model maps the term table and the index settings exactly as <see cref="SqlServerPortalDbContext"/>'s
/// does (the same configuration classes), on PostgreSQL: SQL Server cannot run on these machines, and the term-table
/// search is provider-neutral LINQ, so it is checked here on a real server.
/// </summary>
public sealed class TermSearchDbContext : PortalDbContext
{
    public TermSearchDbContext(DbContextOptions<TermSearchDbContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ArticleSearchTermConfiguration());
        builder.ApplyConfiguration(new ArticleSearchInfoConfiguration());
    }
}

/// <summary>One PostgreSQL database with the term-table schema for the test class.</summary>
public sealed class TermSearchDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public TermSearchDbContext Create() =>
        new(new DbContextOptionsBuilder<TermSearchDbContext>()
            .UseNpgsql(ConnectionString)
            .AddInterceptors(new ArticleSearchIndexInterceptor(NullLogger<ArticleSearchIndexInterceptor>.Instance, new ArticleTermStore()))
            .Options);

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgreSqlCluster.GetAsync()).CreateDatabaseAsync("terms");
        await using var db = Create();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The term-table search (SQL Server's) with the search rules of the FTS5 index, on a real database.</summary>
public sealed class ArticleTermSearchTests : IClassFixture<TermSearchDatabase>
{
    private readonly TermSearchDatabase _database;

    public ArticleTermSearchTests(TermSearchDatabase database)
    {
        _database = database;
    }

    [Fact]
    public async Task Terms_FoldingPhraseAndRanking_SameRulesAsFts()
    {
        var dien = await AddAsync("Đồng chí Điền về Gravlox");
        var ma = await AddAsync("Chuyện ma Gravlox", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var maGrave = await AddAsync("Chuyện mà Gravlox", publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var body = await AddAsync("Bài Gravlox có thân", body: "Người dân nêu vấn đề thủy lợi.");
        var inLead = await AddAsync("Bài Gravlox có sapo", lead: "Chuyện ma Gravlox kể lại.", publishedAt: DateTimeOffset.UtcNow);

        Assert.Equal([dien.Id], await IdsAsync("dong chi dien"));
        Assert.Equal([body.Id], await IdsAsync("van de thuỷ lợi"));
        Assert.Equal([body.Id], await IdsAsync("de van"));

        // Exact spelling first; then title (10) above lead (4) whatever the dates; then newest.
        Assert.Equal([maGrave.Id, ma.Id, inLead.Id], await IdsAsync("chuyện mà gravlox"));
        Assert.Equal([ma.Id, maGrave.Id, inLead.Id], await IdsAsync("chuyen ma gravlox"));
        Assert.True((await SearchAsync("chuyện mà gravlox")).Hits[0].ExactMatch);
    }

    [Fact]
    public async Task Terms_PhraseAcrossTitleAndLead_NotThePhrase_LongTokenMatched()
    {
        var longWord = new string('x', 80) + "quorvel";
        var across = await AddAsync("Tin Ombrevale " + longWord, lead: "Zinthor mở hội chợ.");
        var inBody = await AddAsync("Bài khác", body: "Chuyện Ombrevale Zinthor ở quê.", publishedAt: DateTimeOffset.UtcNow.AddDays(-3));

        // Both hold both words; only the body holds them as the typed phrase (tier 2 above a title match, tier 0).
        Assert.Equal([inBody.Id, across.Id], await IdsAsync("ombrevale zinthor"));
        Assert.Equal([across.Id], await IdsAsync("zinthor mo hoi cho"));
        Assert.Equal([across.Id], await IdsAsync("ombrevale " + longWord));
    }

    [Fact]
    public async Task Terms_AnyOrderAnyField_EveryTermNeeded()
    {
        var article = await AddAsync("Ban Dân vận Tỉnh ủy với Công an tỉnh Corvané", lead: "Hai cơ quan ký kết Tolvrin.");

        Assert.Equal([article.Id], await IdsAsync("dan van cong an corvane"));
        Assert.Equal([article.Id], await IdsAsync("corvane an cong van dan"));
        Assert.Equal([article.Id], await IdsAsync("tolvrin corvane"));
        Assert.Empty(await IdsAsync("corvane tolvrin khongcotu"));
    }

    [Fact]
    public async Task Terms_QuotedPhraseAndExclusion_Applied()
    {
        var together = await AddAsync("Quỹ Velmora hỗ trợ người dân", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var apart = await AddAsync("Người dân nhận quỹ Velmora hỗ trợ");
        var flood = await AddAsync("Velmora hỗ trợ vùng lũ", body: "Người dân vùng lũ nhận quỹ.");

        // Both near (tier 1) with the same score: newest first; the flood article holds "quỹ" and "Velmora" apart.
        Assert.Equal([apart.Id, together.Id], await IdsAsync("\"quy velmora\" \"nguoi dan\" -lu"));
        Assert.Equal([apart.Id, together.Id, flood.Id], await IdsAsync("quy velmora nguoi dan"));
        Assert.Equal([together.Id], await IdsAsync("\"velmora ho tro nguoi\""));
        Assert.Equal([flood.Id], await IdsAsync("velmora -\"quy velmora\""));
        Assert.Empty(await IdsAsync("\"velmora quy\""));
    }

    [Fact]
    public async Task Terms_PhraseAboveNearAboveAnywhere_WhateverTheScore()
    {
        // Title and lead (14) outscore the body (2), but the words sit in two fields: anywhere (tier 0).
        var anywhere = await AddAsync("Belquin tin tổng hợp", lead: "Trastow ở phần tóm tắt.", publishedAt: DateTimeOffset.UtcNow);
        var near = await AddAsync("Bài thứ hai", body: "Belquin và một chữ Trastow ở gần.", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var phrase = await AddAsync("Bài thứ ba", body: "Có Trastow Belquin ở đây.", publishedAt: DateTimeOffset.UtcNow.AddDays(-2));

        Assert.Equal([phrase.Id, near.Id, anywhere.Id], await IdsAsync("trastow belquin"));
    }

    [Fact]
    public async Task Terms_MostTerms_MoreTermsHeldFirst_ExclusionsStillApply()
    {
        var one = await AddAsync("Quandril một", lead: "Chỉ một từ.", publishedAt: DateTimeOffset.UtcNow);
        var two = await AddAsync("Hai từ", body: "Quandril cùng Morvect.", publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var three = await AddAsync("Ba từ", body: "Quandril, Morvect và Sibbleth.", publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        await AddAsync("Bị loại Quandril Morvect Sibbleth Zuhrak");

        var results = await SearchAsync("quandril morvect sibbleth -zuhrak", match: SearchMatch.MostTerms);

        Assert.Equal([three.Id, two.Id, one.Id], results.Hits.Select(h => h.ArticleId));
        Assert.Equal(3, results.Total);
        Assert.Equal([three.Id], await IdsAsync("quandril morvect sibbleth -zuhrak"));
    }

    [Fact]
    public async Task Terms_MoreThanWindow_CountCappedAndOnlyTheNewestRanked()
    {
        var publishedAt = DateTimeOffset.UtcNow.AddHours(-1);
        var oldestButBest = await AddAsync("Harwick Harwick Harwick", lead: "Harwick.", publishedAt: publishedAt);
        var newest = 0;
        await using (var db = _database.Create())
        {
            var now = DateTimeOffset.UtcNow;
            var articles = Enumerable.Range(0, ArticleSearchRequest.RankWindow + 1).Select(i => new Article
            {
                Title = $"Tin Harwick số {i}",
                Slug = $"tin-harwick-{i}-" + Guid.NewGuid().ToString("N")[..6],
                Lead = "Tóm tắt.",
                BodyMarkdown = "Thân bài.",
                BodyHtml = "<p>Thân bài.</p>",
                Status = ArticleStatus.Published,
                PublishedAt = publishedAt,
                CreatedAt = now,
                UpdatedAt = now,
            }).ToList();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();
            newest = articles.Max(a => a.Id);
        }

        var results = await SearchAsync("harwick");

        // 1,002 match: the count stops at the window, and the best-scored article, the oldest, is outside it.
        Assert.Equal(ArticleSearchRequest.RankWindow, results.Total);
        Assert.True(results.MoreThanWindow);
        Assert.Equal(newest, results.Hits[0].ArticleId);
        Assert.DoesNotContain(oldestButBest.Id, (await SearchAsync("harwick", page: 100)).Hits.Select(h => h.ArticleId));
        Assert.Equal([oldestButBest.Id], await IdsAsync("harwick -tin"));
    }

    [Fact]
    public async Task Terms_BylineTagsSection_MatchedAsMeta()
    {
        int section;
        await using (var db = _database.Create())
        {
            var category = new Category { Name = "Chuyên mục Drevaux", Slug = "drevaux-" + Guid.NewGuid().ToString("N")[..6], SortOrder = 1 };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            section = category.Id;
        }

        var tagged = await AddAsync("Tin không nhắc từ khoá", byline: "Phóng viên Ostrebel", tag: "Hội nghị Wendamir", categoryId: section);
        var inBody = await AddAsync("Tin có thân", body: "Hội nghị Wendamir diễn ra hôm qua.", publishedAt: DateTimeOffset.UtcNow);

        Assert.Equal([tagged.Id], await IdsAsync("ostrebel"));
        Assert.Equal([tagged.Id], await IdsAsync("drevaux"));

        // Meta (4 per occurrence) above the body (1), both the phrase.
        Assert.Equal([tagged.Id, inBody.Id], await IdsAsync("hội nghị wendamir"));

        // Byline and tag are separate parts: their words never form a phrase across them.
        Assert.Equal([tagged.Id], await IdsAsync("\"vien ostrebel\""));
        Assert.Empty(await IdsAsync("\"ostrebel hoi nghi\""));
    }

    [Fact]
    public async Task Terms_HiddenArticles_NeverReturned()
    {
        var visible = await AddAsync("Wexford công khai");
        await AddAsync("Wexford nháp", ArticleStatus.Draft);
        await AddAsync("Wexford tương lai", ArticleStatus.Published, DateTimeOffset.UtcNow.AddDays(1));
        await AddAsync("Wexford thùng rác", ArticleStatus.Trashed);
        var unpublished = await AddAsync("Wexford gỡ xuống");
        await using (var db = _database.Create())
        {
            (await db.Articles.SingleAsync(a => a.Id == unpublished.Id)).Status = ArticleStatus.Unpublished;
            await db.SaveChangesAsync();
        }

        Assert.Equal([visible.Id], await IdsAsync("wexford"));
    }

    [Fact]
    public async Task Terms_PagingAndSectionFilter_CountedInSql()
    {
        int section;
        await using (var db = _database.Create())
        {
            var category = new Category { Name = "Văn hoá", Slug = "van-hoa-" + Guid.NewGuid().ToString("N")[..6], SortOrder = 1 };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            section = category.Id;
        }

        for (var i = 0; i < 3; i++)
        {
            await AddAsync($"Pellucid {i}", categoryId: i == 0 ? section : null);
        }

        var second = await SearchAsync("pellucid", page: 2, pageSize: 2);
        var past = await SearchAsync("pellucid", page: 3, pageSize: 2);
        var slug = await SlugOfAsync(section);
        var filtered = await SearchAsync("pellucid", category: slug);

        Assert.Equal(3, second.Total);
        Assert.Single(second.Hits);
        Assert.Equal(3, past.Total);
        Assert.Empty(past.Hits);
        Assert.Equal(1, filtered.Total);
        Assert.Equal("Văn hoá", filtered.Hits.Single().CategoryName);
    }

    [Fact]
    public async Task Terms_EditedThenDeleted_IndexFollows()
    {
        var article = await AddAsync("Tiêu đề cũ Plimbo", body: "Nội dung ban đầu Kestrix.");
        Assert.Equal([article.Id], await IdsAsync("tieu de cu plimbo"));

        await using (var db = _database.Create())
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.Title = "Tiêu đề mới Quendar";
            await db.SaveChangesAsync();
        }

        using (var db = _database.Create())
        {
            // The synchronous save path writes the index too.
            var stored = db.Articles.Single(a => a.Id == article.Id);
            stored.BodyMarkdown = "Nội dung thay thế Vantorq.";
            stored.BodyHtml = "<p>Nội dung thay thế Vantorq.</p>";
            db.SaveChanges();
        }

        Assert.Empty(await IdsAsync("tieu de cu plimbo"));
        Assert.Empty(await IdsAsync("kestrix"));
        Assert.Equal([article.Id], await IdsAsync("tiêu đề mới quendar"));
        Assert.Equal([article.Id], await IdsAsync("vantorq"));

        await using (var db = _database.Create())
        {
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == article.Id));
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.Set<ArticleSearchTerm>().CountAsync(t => t.ArticleId == article.Id));
        }
    }

    [Fact]
    public async Task Terms_EnsureReady_RepairsMissingAndRebuildsOnFormatChange()
    {
        var article = await AddAsync("Brannoch trước khi dựng lại chỉ mục");
        await using (var db = _database.Create())
        {
            await db.Set<ArticleSearchTerm>().Where(t => t.ArticleId == article.Id).ExecuteDeleteAsync();
        }

        Assert.Empty(await IdsAsync("brannoch"));
        await EnsureReadyAsync();
        Assert.Equal([article.Id], await IdsAsync("brannoch"));

        // A stale entry (text changed behind the data layer) is replaced when the stored format differs.
        await using (var db = _database.Create())
        {
            await db.Set<ArticleSearchTerm>().Where(t => t.ArticleId == article.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Term, "khac"));
            await db.Set<ArticleSearchInfo>().ExecuteUpdateAsync(s => s.SetProperty(i => i.Value, "0"));
        }

        Assert.Empty(await IdsAsync("brannoch"));
        await EnsureReadyAsync();
        Assert.Equal([article.Id], await IdsAsync("brannoch"));
        await using (var db = _database.Create())
        {
            Assert.Equal(ArticleTermStore.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), (await db.Set<ArticleSearchInfo>().SingleAsync()).Value);
        }
    }

    [Fact]
    public async Task Terms_Query_SeeksTermIndex()
    {
        for (var i = 0; i < 50; i++)
        {
            await AddAsync($"Bản tin địa phương số {i}", body: $"Giao thông, nông nghiệp và y tế ngày {i}.");
        }

        await AddAsync("Hội nghị Zarnovec về nông nghiệp");
        await using (var db = _database.Create())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        using var capture = new SearchSqlCapture(_database.ConnectionString, "ArticleSearchTerms");
        var results = await SearchAsync("hội nghị zarnovec");

        Assert.Equal(1, results.Total);
        Assert.Equal(2, capture.Commands.Count);
        foreach (var command in capture.Commands)
        {
            var plan = await SearchSqlCapture.ExplainAsync(_database.ConnectionString, command);
            Assert.Contains("IX_ArticleSearchTerms_Term_ArticleId_Field_Position", plan, StringComparison.Ordinal);
        }
    }

    private async Task<Article> AddAsync(
        string title,
        ArticleStatus status = ArticleStatus.Published,
        DateTimeOffset? publishedAt = null,
        string body = "Đoạn thứ nhất của bài.",
        string lead = "Tóm tắt của bài viết thử nghiệm.",
        int? categoryId = null,
        string? byline = null,
        string? tag = null)
    {
        var now = DateTimeOffset.UtcNow;
        var article = new Article
        {
            Title = title,
            Slug = Slugs.FromTitle(title) + "-" + Guid.NewGuid().ToString("N")[..6],
            Lead = lead,
            BodyMarkdown = body,
            BodyHtml = "<p>" + body + "</p>",
            Status = status,
            PublishedAt = publishedAt ?? now.AddMinutes(-5),
            CreatedAt = now,
            UpdatedAt = now,
            CategoryId = categoryId,
            Byline = byline,
        };
        if (tag is not null)
        {
            article.Tags.Add(new Tag { Name = tag, Slug = Slugs.FromTitle(tag) + "-" + Guid.NewGuid().ToString("N")[..6] });
        }

        await using var db = _database.Create();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    private async Task<string> SlugOfAsync(int categoryId)
    {
        await using var db = _database.Create();
        return (await db.Categories.SingleAsync(c => c.Id == categoryId)).Slug;
    }

    private async Task EnsureReadyAsync()
    {
        await using var db = _database.Create();
        await new ArticleTermSearchIndex(db, new ArticleTermStore(), NullLogger<ArticleTermSearchIndex>.Instance).EnsureReadyAsync();
    }

    private async Task<List<int>> IdsAsync(string query) =>
        (await SearchAsync(query)).Hits.Select(h => h.ArticleId).ToList();

    private async Task<ArticleSearchResults> SearchAsync(string query, int page = 1, int pageSize = 10, string? category = null, SearchMatch match = SearchMatch.AllTerms)
    {
        await using var db = _database.Create();
        var search = new ArticleTermSearch(db, TimeProvider.System);
        return await search.SearchAsync(new ArticleSearchRequest(SearchPhrase.Parse(query).Phrase!) { Page = page, PageSize = pageSize, CategorySlug = category, Match = match });
    }
}
