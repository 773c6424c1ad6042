using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

public sealed class ArticleListAndPreviewTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public ArticleListAndPreviewTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task List_FiltersByStatusAuthorAndText()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var draft = await AdminArticles.AddAsync(_factory, $"Đông Điền mở hội {marker}", ArticleStatus.Draft, author.Id);
        var review = await AdminArticles.AddAsync(_factory, $"Bài chờ duyệt {marker}", ArticleStatus.InReview, author.Id);
        var other = await AdminArticles.AddAsync(_factory, $"Bài người khác {marker}", ArticleStatus.InReview, null);
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);

        var byStatus = await client.GetDocumentAsync($"/admin/bai-viet?trangthai=InReview&q={marker}");
        var byAuthor = await client.GetDocumentAsync($"/admin/bai-viet?tacgia={author.Id}&q={marker}");
        var byFoldedText = await client.GetDocumentAsync($"/admin/bai-viet?q=dong+dien+mo+hoi+{marker}");

        Assert.Equal([review.Id, other.Id], Ids(byStatus).Order().ToArray());
        Assert.Equal([draft.Id, review.Id], Ids(byAuthor).Order().ToArray());
        Assert.Equal([draft.Id], Ids(byFoldedText));
        Assert.Equal("InReview", byStatus.QuerySelector("select[name=trangthai] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_PagesTwentyAtATimeAndSortsByTitle()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 23; i++)
        {
            await AdminArticles.AddAsync(_factory, $"Trang {marker} bài {i:00}", ArticleStatus.Draft, null);
        }

        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);

        var first = await client.GetDocumentAsync($"/admin/bai-viet?q={marker}&sapxep=tieu-de");
        var second = await client.GetDocumentAsync($"/admin/bai-viet?q={marker}&sapxep=tieu-de&trang=2");

        Assert.Equal(20, first.QuerySelectorAll("table.articles tbody tr").Length);
        Assert.Equal(3, second.QuerySelectorAll("table.articles tbody tr").Length);
        Assert.EndsWith("bài 01", first.QuerySelector("table.articles tbody tr td a")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("bài 23", second.QuerySelectorAll("table.articles tbody tr td:first-child a")[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains("trang=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?trang=abc")]
    [InlineData("?trang=-3")]
    [InlineData("?trang=99999999999")]
    [InlineData("?trangthai=3&chuyenmuc=x&sapxep=%27%3B--&tacgia=")]
    [InlineData("?trangthai=Draft,Published")]
    public async Task List_BadQueryValues_ShowFirstPageNever500(string query)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);

        using var response = await client.Http.GetAsync("/admin/bai-viet" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Preview_DraftInPublicTheme_NoindexNoStore_WhilePublicUrlIs404()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bản nháp xem trước", ArticleStatus.Draft, author.Id, "Nội dung **nháp** chưa đăng.");
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);

        using var response = await client.Http.GetAsync(AdminArticles.EditUrl(article.Id) + "/xem-truoc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".Block_BanTin_Toolbar"));
        var block = page.QuerySelector(".Block_BanTin_ViewData")!;
        Assert.Equal("Bản nháp xem trước", block.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("nháp", block.QuerySelector(".article-body strong")!.TextContent);
        Assert.Contains("Nháp", page.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        using var reader = _factory.CreateReader();
        using var publicPage = await reader.GetAsync("/tin-tuc/" + article.Slug);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        using var anonymous = await reader.GetAsync(AdminArticles.EditUrl(article.Id) + "/xem-truoc");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Preview_SameProjectionAndReaderRuleAsThePublicPage()
    {
        var shown = await AdminArticles.AddAsync(_factory, "Bài đang hiện cho bạn đọc", ArticleStatus.Published, null);
        var expired = await AdminArticles.AddAsync(_factory, "Bài hết hạn chờ lịch gỡ", ArticleStatus.Published, null);
        await _factory.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = shown.Id, Views = 1234 });
            (await db.Articles.SingleAsync(a => a.Id == expired.Id)).ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var reader = _factory.CreateReader();

        var publicPage = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + shown.Slug);
        var preview = await client.GetDocumentAsync(AdminArticles.EditUrl(shown.Id) + "/xem-truoc");
        var expiredPreview = await client.GetDocumentAsync(AdminArticles.EditUrl(expired.Id) + "/xem-truoc");

        // The preview renders the public page's projection: the same block, view count included.
        Assert.Equal(
            publicPage.QuerySelector(".Block_BanTin_ViewData header")!.TextContent.Trim(),
            preview.QuerySelector(".Block_BanTin_ViewData header")!.TextContent.Trim());
        Assert.Contains("1.234", preview.QuerySelector(".article-views")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bạn đọc chưa xem được", preview.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);

        // Published but expired: readers get 404 before the scheduler runs, and the banner says so by the same rule.
        using (var gone = await reader.GetAsync("/tin-tuc/" + expired.Slug))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Contains("Bạn đọc chưa xem được bài này.", expiredPreview.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_ReaderLink_OnlyWhileReadersSeeTheArticle()
    {
        var shown = await AdminArticles.AddAsync(_factory, "Bài bạn đọc đang xem", ArticleStatus.Published, null);
        var expired = await AdminArticles.AddAsync(_factory, "Bài đã hết hạn hiển thị", ArticleStatus.Published, null);
        var ahead = await AdminArticles.AddAsync(_factory, "Bài đề ngày xuất bản sau này", ArticleStatus.Published, null);
        var scheduled = await AdminArticles.AddAsync(_factory, "Bài hẹn giờ xuất bản", ArticleStatus.Scheduled, null);
        var draft = await AdminArticles.AddAsync(_factory, "Bài nháp chưa đăng", ArticleStatus.Draft, null);
        await _factory.WithDbAsync(async db =>
        {
            // Still "Published" as stored: the scheduler has not run yet, but the reader rule already hides both.
            (await db.Articles.SingleAsync(a => a.Id == expired.Id)).ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            (await db.Articles.SingleAsync(a => a.Id == ahead.Id)).PublishedAt = DateTimeOffset.UtcNow.AddHours(1);
            (await db.Articles.SingleAsync(a => a.Id == scheduled.Id)).PublishedAt = DateTimeOffset.UtcNow.AddHours(1);
            return await db.SaveChangesAsync();
        });
        await _factory.EvictReaderPagesAsync();
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var reader = _factory.CreateReader();

        foreach (var article in new[] { shown, expired, ahead, scheduled, draft })
        {
            var page = await client.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
            var link = page.QuerySelectorAll(".article-state a").SingleOrDefault(a => a.TextContent.Trim() == "Xem trên trang");
            using var publicPage = await reader.GetAsync("/tin-tuc/" + article.Slug);

            // The link shows exactly when the public page answers.
            Assert.True(
                (link is not null) == (publicPage.StatusCode == HttpStatusCode.OK),
                $"{article.Title}: link {(link is null ? "absent" : "shown")}, public page {(int)publicPage.StatusCode}");
            if (link is not null)
            {
                Assert.Equal("/tin-tuc/" + article.Slug, link.GetAttribute("href"));
            }
        }

        Assert.NotNull((await client.GetDocumentAsync(AdminArticles.EditUrl(shown.Id))).QuerySelector($".article-state a[href='/tin-tuc/{shown.Slug}']"));
        Assert.Null((await client.GetDocumentAsync(AdminArticles.EditUrl(expired.Id))).QuerySelector($".article-state a[href='/tin-tuc/{expired.Slug}']"));
    }

    private static int[] Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.articles tbody tr").Select(r => int.Parse(r.GetAttribute("data-article-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
