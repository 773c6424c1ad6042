using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Reading;

/// <summary>Breadcrumb, tags, "Tin liên quan", "Các tin khác", "Lưu bài" and the query cost of the article page.</summary>
public sealed class ArticleAroundTests : IClassFixture<QuietPortalFactory>
{
    private readonly QuietPortalFactory _factory;

    public ArticleAroundTests(QuietPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Show_InSectionWithTags_BreadcrumbRelatedAndOtherNews()
    {
        var section = await AddCategoryAsync("Môi trường");
        var t0 = DateTimeOffset.UtcNow.AddHours(-10);
        var older = await AddAsync("Bài cũ cùng chuyên mục", t0, section);
        var main = await AddAsync("Bài chính về rác thải nhựa", t0.AddHours(1), section, "Rác thải nhựa");
        var newer = await AddAsync("Bài mới cùng chuyên mục", t0.AddHours(2), section);
        var taggedElsewhere = await AddAsync("Bài khác chuyên mục cùng từ khóa", t0.AddHours(3), null, "Rác thải nhựa");
        var draft = await AddAsync("Bài nháp cùng từ khóa", t0.AddHours(4), section, "Rác thải nhựa", ArticleStatus.Draft);
        var unrelated = await AddAsync("Bài không liên quan", t0.AddHours(5), null);
        using var client = _factory.CreateReader();

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + main.Slug);

        var crumbs = page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Môi trường", main.Title], crumbs);
        using var breadcrumbLd = JsonDocument.Parse(page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => s.TextContent).Single(t => t.Contains("BreadcrumbList", StringComparison.Ordinal)));
        Assert.Equal(3, breadcrumbLd.RootElement.GetProperty("itemListElement").GetArrayLength());

        Assert.Equal(["Rác thải nhựa"], page.QuerySelectorAll(".tags a").Select(a => a.TextContent.Trim()).ToList());
        var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/tin-tuc/" + taggedElsewhere.Slug, related[0]);
        Assert.Contains("/tin-tuc/" + older.Slug, related);
        Assert.DoesNotContain("/tin-tuc/" + main.Slug, related);
        Assert.DoesNotContain("/tin-tuc/" + draft.Slug, related);
        Assert.DoesNotContain("/tin-tuc/" + unrelated.Slug, related);

        var other = page.QuerySelectorAll(".other-news a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/tin-tuc/" + newer.Slug, "/tin-tuc/" + older.Slug], other);
    }

    [Fact]
    public async Task Show_PageCostsFixedNumberOfQueries()
    {
        var section = await AddCategoryAsync("Giao thông");
        var few = await AddAsync("Bài ít hàng xóm", DateTimeOffset.UtcNow.AddHours(-50), section, "Cầu đường");
        using var counter = new QueryCounter(_factory.DatabasePath);
        using var client = _factory.CreateReader();

        await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + few.Slug);
        var fewCount = counter.Commands.Count;

        for (var i = 0; i < 12; i++)
        {
            await AddAsync("Bài hàng xóm số " + i, DateTimeOffset.UtcNow.AddHours(-40 + i), section, "Cầu đường");
        }

        var many = await AddAsync("Bài nhiều hàng xóm", DateTimeOffset.UtcNow.AddHours(-30), section, "Cầu đường");
        counter.Reset();
        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + many.Slug);
        var manyCount = counter.Commands.Count;

        Assert.Equal(5, page.QuerySelectorAll(".related a").Length);
        // Five for the article and its neighbours, one for the header's section menu (issue 11), whatever the page.
        Assert.InRange(fewCount, 1, 6);
        Assert.Equal(fewCount, manyCount);
    }

    [Fact]
    public async Task Save_DownloadsSelfContainedHtmlNamedFromSlug()
    {
        var article = await AddAsync("Bài để lưu về máy", DateTimeOffset.UtcNow.AddHours(-1), null);
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Figures).SingleAsync(a => a.Id == article.Id);
            stored.Figures.Add(new Figure { Order = 1, Caption = "Ảnh chưa có tệp" });
            stored.BodyMarkdown = "Đoạn mở đầu.\n\n^^^\n![](figure:1)\n^^^ Ảnh chưa có tệp\n\nĐoạn kết.";
            stored.BodyHtml = new ArticleBodyRenderer().Render(stored.BodyMarkdown, stored.Figures);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync($"/tin-tuc/{article.Slug}/luu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(article.Slug + ".html", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(article.Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("Ảnh chưa có tệp", doc.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.All(doc.QuerySelectorAll("img"), img => Assert.StartsWith("data:image/", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("link[rel=stylesheet], script[src]"));
        Assert.Contains("/tin-tuc/" + article.Slug, doc.QuerySelector(".url")!.TextContent, StringComparison.Ordinal);

        using var missing = await client.GetAsync("/tin-tuc/khong-co-bai/luu");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<Category> AddCategoryAsync(string name)
    {
        var category = new Category { Name = name, Slug = Slugs.FromTitle(name) + "-" + Guid.NewGuid().ToString("N")[..4] };
        await _factory.WithDbAsync(async db =>
        {
            db.Categories.Add(category);
            return await db.SaveChangesAsync();
        });
        return category;
    }

    private async Task<Article> AddAsync(string title, DateTimeOffset publishedAt, Category? category, string? tag = null, ArticleStatus status = ArticleStatus.Published)
    {
        var article = await TestArticles.AddAsync(_factory, title, status, publishedAt);
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == article.Id);
            stored.CategoryId = category?.Id;
            if (tag is not null)
            {
                var slug = Slugs.FromTitle(tag);
                stored.Tags.Add(await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug) ?? new Tag { Name = tag, Slug = slug });
            }

            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        return article;
    }
}
