using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Search;

/// <summary>
/// Byline, tags and section name are searched with the text (issue 12) and stay current: an article's tags or section
/// changed, a tag or section renamed or deleted in the admin, re-index the articles concerned. SQLite here, PostgreSQL
/// in <see cref="PostgreSql.PostgreSqlSearchIndexedFieldsTests"/>.
/// </summary>
public abstract class SearchIndexedFieldsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SearchIndexedFieldsTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_TagNotInText_FindsArticle()
    {
        var article = await TestArticles.AddAsync(_factory, "Tổng kết công tác năm của ngành tư pháp", body: "Các đơn vị báo cáo kết quả.");
        var plain = await TestArticles.AddAsync(_factory, "Tổng kết công tác năm của ngành giáo dục", body: "Các đơn vị báo cáo kết quả.");
        await SetTagsAsync(article.Id, "Hội nghị");

        var links = SearchPages.Links(await SearchPages.SearchAsync(_factory, "hội nghị"));

        Assert.Contains("/tin-tuc/" + article.Slug, links);
        Assert.DoesNotContain("/tin-tuc/" + plain.Slug, links);
    }

    [Fact]
    public async Task Search_Byline_FindsArticle()
    {
        var article = await TestArticles.AddAsync(_factory, "Mùa lúa chín trên cánh đồng", byline: "Nguyễn Thị Quelvanh");

        var page = await SearchPages.SearchAsync(_factory, "nguyen thi quelvanh");

        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(page));
    }

    [Fact]
    public async Task Search_SectionName_FindsArticle_AndFollowsAMove()
    {
        var (first, second) = await SectionsAsync("Chuyên mục Vorandel", "Chuyên mục Pesquidor");
        var article = await TestArticles.AddAsync(_factory, "Khai mạc hội chợ thương mại");
        await SetSectionAsync(article.Id, first);

        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "vorandel")));

        await SetSectionAsync(article.Id, second);
        await _factory.EvictReaderPagesAsync(); // the section was changed behind the write path

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "vorandel")));
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "pesquidor")));
    }

    [Fact]
    public async Task RemoveTag_FromArticle_NoLongerFound()
    {
        var article = await TestArticles.AddAsync(_factory, "Bàn giao nhà tình nghĩa");
        await SetTagsAsync(article.Id, "Zorvanit", "An sinh xã hội");
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "zorvanit")));

        await SetTagsAsync(article.Id, "An sinh xã hội");
        await _factory.EvictReaderPagesAsync();

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "zorvanit")));
        Assert.Contains("/tin-tuc/" + article.Slug, SearchPages.Links(await SearchPages.SearchAsync(_factory, "an sinh xã hội")));
    }

    [Fact]
    public async Task RenameTag_InAdmin_NewNameFinds_OldDoesNot_DeleteRemoves()
    {
        var article = await TestArticles.AddAsync(_factory, "Tập huấn kỹ năng số cho cán bộ");
        await SetTagsAsync(article.Id, "Quarnelit");
        var id = await _factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "Quarnelit").Select(t => t.Id).SingleAsync());
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "quarnelit")));
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var url = "/admin/tu-khoa/" + id.ToString(CultureInfo.InvariantCulture);

        using (var renamed = await admin.SubmitAsync(url, new Dictionary<string, string> { ["name"] = "Chuyển đổi Velmorit" }, $"form[action$='{url}']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        // No eviction by the test: the admin's own eviction must show the change.
        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "quarnelit")));
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "chuyển đổi velmorit")));

        using (var deleted = await admin.SubmitAsync(url, null, "form[action$='/xoa']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Empty(SearchPages.Links(await SearchPages.SearchAsync(_factory, "velmorit")));
    }

    [Fact]
    public async Task RenameSection_InAdmin_NewNameFinds_OldDoesNot()
    {
        var (section, _) = await SectionsAsync("Mục Brastovin", "Mục phụ Brastovin");
        var article = await TestArticles.AddAsync(_factory, "Đón nhận bằng xếp hạng di tích");
        await SetSectionAsync(article.Id, section);
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "muc brastovin")));
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;

        using (var renamed = await admin.SubmitAsync(
            "/admin/chuyen-muc/" + section.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, string> { ["Name"] = "Văn hóa Kelmaros" },
            "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        // Not Empty: "mục" alone may bring other tests' articles as approximate results (the fallback of issue 12).
        Assert.DoesNotContain("/tin-tuc/" + article.Slug, SearchPages.Links(await SearchPages.SearchAsync(_factory, "muc brastovin")));
        Assert.Equal(["/tin-tuc/" + article.Slug], SearchPages.Links(await SearchPages.SearchAsync(_factory, "văn hóa kelmaros")));
    }

    /// <summary>Replaces an article's tags through the change tracker (tags found by slug or created).</summary>
    protected Task<int> SetTagsAsync(int articleId, params string[] names) =>
        _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == articleId);
            stored.Tags.Clear();
            foreach (var name in names)
            {
                var slug = Slugs.FromTitle(name);
                stored.Tags.Add(await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug) ?? new Tag { Name = name, Slug = slug });
            }

            return await db.SaveChangesAsync();
        });

    private Task<int> SetSectionAsync(int articleId, int sectionId) =>
        _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == articleId);
            stored.CategoryId = sectionId;
            return await db.SaveChangesAsync();
        });

    private Task<(int First, int Second)> SectionsAsync(string first, string second)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return _factory.WithDbAsync(async db =>
        {
            var a = new Category { Name = first, Slug = Slugs.FromTitle(first) + "-" + suffix, SortOrder = 950 };
            var b = new Category { Name = second, Slug = Slugs.FromTitle(second) + "-" + suffix, SortOrder = 951 };
            db.Categories.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
    }
}

/// <summary>The indexed-fields cases on SQLite, plus FTS5's own: no phrase runs from one meta part into the next.</summary>
public sealed class SearchIndexedFieldsTests : SearchIndexedFieldsTests<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public SearchIndexedFieldsTests(EmptyPortalFactory factory)
        : base(factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task MetaColumn_PartsKeptApart_NoPhraseAcrossBylineAndTag()
    {
        var article = await TestArticles.AddAsync(_factory, "Gặp mặt doanh nghiệp đầu xuân", byline: "Lê Văn Trostel");
        await SetTagsAsync(article.Id, "Nam Định");

        Assert.Equal(1L, await MatchCountAsync(article.Id, "{Meta} : \"van\" + \"trostel\""));
        Assert.Equal(1L, await MatchCountAsync(article.Id, "{Meta} : \"nam\" + \"dinh\""));
        Assert.Equal(1L, await MatchCountAsync(article.Id, "{ExactMeta} : \"nam\" + \"đinh5\""));
        Assert.Equal(0L, await MatchCountAsync(article.Id, "{Meta} : \"trostel\" + \"nam\""));
        Assert.Equal(0L, await MatchCountAsync(article.Id, "{ExactMeta} : \"trostel\" + \"nam\""));
    }

    private async Task<long> MatchCountAsync(int articleId, string match)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH $match AND rowid = $id";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$id", articleId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
