using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>
/// Photos placed in articles from the library (/admin/bai-viet/{id}/anh): lead photo, new figures,
/// photos attached to imported "photo missing" figures; the public page renders them through variants.
/// </summary>
public abstract class ArticlePhotosTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected ArticlePhotosTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task AltCaptionAndCredit_SurviveEditingTheArticleAndReplacingItsPhoto()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _r = reporter;
        using var _p = publisher;
        var (first, firstKey) = await MediaUploads.UploadGoodAsync(_factory, reporter, "cau-1.jpg", TestImages.Jpeg(1400, 800));
        var (second, secondKey) = await MediaUploads.UploadGoodAsync(_factory, reporter, "cau-2.jpg", TestImages.Jpeg(1000, 750, TestImages.Blue));
        await DescribeAsync(reporter, second, "Mô tả trong thư viện", "Chú thích trong thư viện", "Người khác");
        var id = await AdminArticles.CreateAsync(reporter, "Khánh thành cầu treo bản Nà Lòa", "Đoạn mở đầu.");

        using (var inserted = await PlaceAsync(reporter, id, first, "chen", new Dictionary<string, string>
        {
            ["AltText"] = "Cây cầu treo nhìn từ bờ suối",
            ["Caption"] = "Cầu treo mới bắc qua suối Nà Lòa",
            ["Credit"] = "Minh Khôi",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, inserted.StatusCode);
        }

        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Contains("^^^\n![](figure:1)\n^^^ Cầu treo mới bắc qua suối Nà Lòa *Ảnh: Minh Khôi*", article.BodyMarkdown, StringComparison.Ordinal);

        // An editor changes the title and the text around the figure.
        using (var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string>
        {
            ["Title"] = "Khánh thành cầu treo bản Nà Lòa, xã Nà Hẩu",
            ["BodyMarkdown"] = "Đoạn mở đầu đã sửa.\n\n" + article.BodyMarkdown[article.BodyMarkdown.IndexOf("^^^", StringComparison.Ordinal)..] + "\n\nĐoạn kết mới.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // Then replaces the photo, keeping the alt text the form offers (the figure's own).
        var use = await reporter.GetDocumentAsync($"/admin/bai-viet/{id}/anh/{second}?hinh=1");
        Assert.Equal("Cây cầu treo nhìn từ bờ suối", ((IHtmlTextAreaElement)use.QuerySelector("form[data-action=gan] textarea[name=AltText]")!).Value);
        using (var replaced = await PlaceAsync(reporter, id, second, "gan", new Dictionary<string, string> { ["Order"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        }

        using (var published = await AdminArticles.ActAsync(publisher, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var figure = Assert.Single(await FiguresAsync(id));
        Assert.Equal(("Cây cầu treo nhìn từ bờ suối", "Cầu treo mới bắc qua suối Nà Lòa", "Minh Khôi"), (figure.AltText, figure.Caption, figure.Credit));
        Assert.StartsWith(MediaUrls.AssetPrefix(secondKey), figure.ImagePath, StringComparison.Ordinal);
        Assert.Equal((1000, 750), (figure.Width, figure.Height));

        var page = await PublicPageAsync(id);
        var shown = Assert.Single(page.QuerySelectorAll(".article-body figure"));
        var img = shown.QuerySelector("picture img")!;
        Assert.Equal("Cây cầu treo nhìn từ bờ suối", img.GetAttribute("alt"));
        Assert.Equal("Cầu treo mới bắc qua suối Nà Lòa Ảnh: Minh Khôi", shown.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Contains($"/media/{secondKey}/640.webp 640w", shown.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.DoesNotContain(firstKey, page.QuerySelector(".article-body")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(("1000", "750"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public async Task PhotoMissingFigures_AreListed_AndAttachingAPhotoRendersItThroughVariants()
    {
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;
        var slug = await ImportAsync();
        var id = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
        var before = await PublicPageAsync(id);
        var (photo, key) = await MediaUploads.UploadGoodAsync(_factory, publisher, "nha-van-hoa.jpg", TestImages.Jpeg(1600, 1000));

        var editor = await publisher.GetDocumentAsync(AdminArticles.EditUrl(id));
        var panel = editor.QuerySelector(".article-photos-panel")!;
        Assert.Contains("2 ảnh chưa có tệp ảnh", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/bai-viet/{id}/anh", panel.QuerySelector("a.button")!.GetAttribute("href"));
        var list = await publisher.GetDocumentAsync($"/admin/bai-viet/{id}/anh");
        var rows = list.QuerySelectorAll("table.figures tbody tr");
        using var attached = await PlaceAsync(publisher, id, photo, "gan", new Dictionary<string, string> { ["Order"] = "2", ["AltText"] = "Nhà văn hoá mới của bản" });
        var after = await PublicPageAsync(id);
        var listAfter = await publisher.GetDocumentAsync($"/admin/bai-viet/{id}/anh");

        Assert.Contains("photo-missing", before.QuerySelectorAll(".article-body figure img")[1].ClassName, StringComparison.Ordinal);
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("Chưa có ảnh", r.TextContent, StringComparison.Ordinal));
        Assert.Equal($"/admin/bai-viet/{id}/anh?hinh=2#chon-anh", rows[1].QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var figures = after.QuerySelectorAll(".article-body figure");
        Assert.Contains("photo-missing", figures[0].QuerySelector("img")!.ClassName, StringComparison.Ordinal);
        var img = figures[1].QuerySelector("img")!;
        Assert.DoesNotContain("photo-missing", img.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("Nhà văn hoá mới của bản", img.GetAttribute("alt"));
        Assert.Equal($"/media/{key}/1280.jpg", img.GetAttribute("src"));
        Assert.Equal("Nhà văn hoá bản Nà Lòa vừa được xây xong. Ảnh: Minh Khôi", figures[1].QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Single(listAfter.QuerySelectorAll("table.figures tbody tr"), r => r.TextContent.Contains("Chưa có ảnh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeadPhoto_ShowsFirstLoadsEagerlyAndFeedsListsAndSharing()
    {
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;
        var (photo, key) = await MediaUploads.UploadGoodAsync(_factory, publisher, "dai-dien.jpg", TestImages.Jpeg(1800, 1200));
        var (inline, inlineKey) = await MediaUploads.UploadGoodAsync(_factory, publisher, "trong-bai.jpg", TestImages.Jpeg(800, 600));
        var article = await TestArticles.AddAsync(_factory, "Bài có ảnh đại diện " + key[..6], body: "Đoạn một.\n\nĐoạn hai.");

        using (var response = await PlaceAsync(publisher, article.Id, inline, "chen", new Dictionary<string, string> { ["AltText"] = "Ảnh trong bài", ["Caption"] = "Chú thích trong bài" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var response = await PlaceAsync(publisher, article.Id, photo, "dai-dien", new Dictionary<string, string>
        {
            ["AltText"] = "Toàn cảnh lễ khánh thành",
            ["Caption"] = "Lễ khánh thành sáng 2/3",
            ["Credit"] = "Thu Hà",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var page = await PublicPageAsync(article.Id);
        var figures = page.QuerySelectorAll(".article-body figure");
        var lead = figures[0].QuerySelector("img")!;
        var later = figures[1].QuerySelector("img")!;
        using var reader = _factory.CreateReader();
        var home = await PortalFactory.GetDocumentAsync(reader, "/");

        Assert.Equal(2, figures.Length);
        Assert.Contains("lead-photo", figures[0].ClassList);
        Assert.Equal("Lễ khánh thành sáng 2/3 Ảnh: Thu Hà", figures[0].QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        Assert.Null(lead.GetAttribute("loading"));
        Assert.Contains($"/media/{key}/", lead.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("lazy", later.GetAttribute("loading"));
        Assert.Null(later.GetAttribute("fetchpriority"));
        Assert.Contains(inlineKey, later.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal($"http://localhost/media/{key}/1280.jpg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal(("1280", "853"), (page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"), page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content")));
        Assert.Contains(home.QuerySelectorAll("img"), i => (i.GetAttribute("src") ?? "").Contains(key, StringComparison.Ordinal));

        using (var removed = await publisher.SubmitAsync($"/admin/bai-viet/{article.Id}/anh", formSelector: $"form[action='/admin/bai-viet/{article.Id}/anh/bo-dai-dien']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        var without = await PublicPageAsync(article.Id);
        Assert.Single(without.QuerySelectorAll(".article-body figure"));
        Assert.Equal("high", without.QuerySelector(".article-body figure img")!.GetAttribute("fetchpriority"));
    }

    [Fact]
    public async Task Placing_WithoutAltTextAndNotDecorative_IsRefusedAndChangesNothing()
    {
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var _p = publisher;
        var (photo, _) = await MediaUploads.UploadGoodAsync(_factory, publisher, "chua-mo-ta.jpg", TestImages.Jpeg(300, 200));
        var article = await TestArticles.AddAsync(_factory, "Bài chưa có ảnh " + photo);

        using var refused = await PlaceAsync(publisher, article.Id, photo, "chen", new Dictionary<string, string> { ["AltText"] = "", ["Caption"] = "Chú thích" });
        var page = await AdminArticles.ParseAsync(refused);
        using var decorative = await PlaceAsync(publisher, article.Id, photo, "chen", new Dictionary<string, string> { ["AltText"] = "", ["IsDecorative"] = "true", ["Caption"] = "Hoa văn" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Hãy nhập mô tả ảnh", page.QuerySelector("form[data-action=chen] .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decorative.StatusCode);
        var figure = Assert.Single(await FiguresAsync(article.Id));
        Assert.Equal("", figure.AltText);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id)));
    }

    [Fact]
    public async Task ArticlePhotos_OfSomeoneElsesDraft_AreForbiddenToAReporter()
    {
        var (owner, ownerUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (other, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _o = owner;
        using var _x = other;
        var (photo, _) = await MediaUploads.UploadGoodAsync(_factory, other, "x.jpg", TestImages.Jpeg(200, 100));
        var article = await AdminArticles.AddAsync(_factory, "Bài nháp của người khác", ArticleStatus.Draft, ownerUser.Id);

        using var page = await other.Http.GetAsync($"/admin/bai-viet/{article.Id}/anh");
        using var post = await AdminArticles.PostWithTokenAsync(other, $"/admin/bai-viet/{article.Id}/anh/chen", new Dictionary<string, string>
        {
            ["MediaId"] = photo.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AltText"] = "x",
        });
        using var own = await owner.Http.GetAsync($"/admin/bai-viet/{article.Id}/anh");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Empty(await FiguresAsync(article.Id));
    }

    [Fact]
    public async Task Chooser_PageNumbers_ReadAsTheOtherListsReadThem()
    {
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var _e = editor;
        var word = "Chonvorn" + Guid.NewGuid().ToString("N")[..6];
        var article = await TestArticles.AddAsync(_factory, "Bài chọn ảnh " + word, ArticleStatus.Draft);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
            var file = Path.Combine(_factory.Root, Guid.NewGuid().ToString("N") + ".jpg");
            await File.WriteAllBytesAsync(file, TestImages.Jpeg(32, 24));
            for (var i = 0; i < MediaLibrary.PageSize + 1; i++)
            {
                await library.AddFileAsync(file, new MediaDetails("Ảnh " + word, false, "Ảnh " + word, null));
            }

            File.Delete(file);
        }

        // Paging.ParseClampedPageNumber: only a positive whole number in ASCII digits is a page; anything else is page 1,
        // and a page past the end, even one too large for an int, shows the last one (an admin list clamps, never 404).
        string[] firstPage = ["", "abc", "0", "-1", "1.5", "+2", " 2"];
        foreach (var trang in firstPage)
        {
            var (response, page) = await editor.GetAsync($"/admin/bai-viet/{article.Id}/anh?q={word}&trang={Uri.EscapeDataString(trang)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(page.QuerySelector("nav.pager span")?.TextContent == "Trang 1 / 2", $"trang={trang}");
        }

        foreach (var trang in new[] { "2", "2147483647", "99999999999" })
        {
            var page = await editor.GetDocumentAsync($"/admin/bai-viet/{article.Id}/anh?q={word}&trang={trang}");
            Assert.Equal("Trang 2 / 2", page.QuerySelector("nav.pager span")!.TextContent);
            Assert.Single(page.QuerySelectorAll(".media-grid .media-card"));
        }
    }

    private Task<List<Figure>> FiguresAsync(int articleId) =>
        _factory.WithDbAsync(db => db.Figures.AsNoTracking().Where(f => f.ArticleId == articleId).OrderBy(f => f.Order).ToListAsync());

    private static Task<HttpResponseMessage> PlaceAsync(BrowserLikeClient client, int articleId, int mediaId, string action, IDictionary<string, string> values) =>
        client.SubmitAsync($"/admin/bai-viet/{articleId}/anh/{mediaId}", values, $"form[data-action={action}]");

    private static async Task DescribeAsync(BrowserLikeClient client, int mediaId, string alt, string caption, string credit)
    {
        using var response = await client.SubmitAsync("/admin/anh/" + mediaId, new Dictionary<string, string> { ["AltText"] = alt, ["Caption"] = caption, ["Credit"] = credit }, "form.media-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<IDocument> PublicPageAsync(int articleId)
    {
        var slug = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync());
        using var reader = _factory.CreateReader();
        return await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + slug);
    }

    private async Task<string> ImportAsync()
    {
        var export = $"""
            PublishingPortal - Block_BanTin_Toolbar

            02/03/2025
            Tăng cỡ chữ Giảm cỡ chữ
            Bản Nà Lòa có nhà văn hoá mới {Guid.NewGuid():N}
            Người dân vui mừng đón nhà văn hoá mới.

            PublishingPortal - Block_BanTin_ViewData

            Toàn cảnh bản Nà Lòa

            Nhà văn hoá rộng 200 mét vuông, do nhân dân góp công xây dựng.

            Nhà văn hoá bản Nà Lòa vừa được xây xong. Ảnh: Minh Khôi

            Lò Văn Páo
            """;
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(export);
        Assert.True(result.Created);
        return result.Slug;
    }
}

/// <summary>The tests of <see cref="ArticlePhotosTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ArticlePhotosTests(EmptyPortalFactory factory) : ArticlePhotosTests<EmptyPortalFactory>(factory);
