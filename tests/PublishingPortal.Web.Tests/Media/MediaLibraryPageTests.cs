using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>The library at /admin/anh: any newsroom role uploads; alt text, caption, credit; search, paging; usage; deletion.</summary>
public sealed class MediaLibraryPageTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public MediaLibraryPageTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData(NewsroomRoles.Reporter)]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Publisher)]
    [InlineData(NewsroomRoles.Administrator)]
    public async Task Library_AnyNewsroomRole_UploadsOnePhotoAndIsSentToAddAltText(string role)
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using var _ = client;

        using var response = await MediaUploads.PostAsync(client, json: false, ("Cầu Nà Lòa.jpg", TestImages.Jpeg(640, 360), "image/jpeg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Hãy thêm mô tả ảnh", page.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ảnh: Cầu Nà Lòa.jpg", page.QuerySelector("h1")!.TextContent.Trim());
        var asset = await _factory.WithDbAsync(db => db.MediaAssets.OrderBy(m => m.Id).LastAsync(m => m.UploadedById == user.Id));
        Assert.True(asset.NeedsAltText);
        Assert.Equal(user.DisplayName, asset.UploadedByName);
    }

    [Fact]
    public async Task Edit_AltTextIsRequiredUnlessDecorative_AndEverythingIsSaved()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var _ = client;
        var (id, _) = await MediaUploads.UploadGoodAsync(_factory, client, "cho.jpg", TestImages.Jpeg(300, 200));
        var url = "/admin/anh/" + id;

        using var missing = await client.SubmitAsync(url, new Dictionary<string, string> { ["AltText"] = " ", ["Caption"] = "Chợ phiên" }, "form.media-form");
        var missingPage = new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync());
        using var saved = await client.SubmitAsync(url, new Dictionary<string, string>
        {
            ["AltText"] = "Người dân mua bán ở chợ phiên vùng cao",
            ["Caption"] = "Chợ phiên Bắc Hà sáng chủ nhật",
            ["Credit"] = "Minh Khôi",
        }, "form.media-form");
        var asset = await _factory.WithDbAsync(db => db.MediaAssets.SingleAsync(m => m.Id == id));
        using var decorative = await client.SubmitAsync(url, new Dictionary<string, string> { ["AltText"] = "", ["IsDecorative"] = "true" }, "form.media-form");
        var after = await _factory.WithDbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.Id == id));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Hãy nhập mô tả ảnh", missingPage.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Người dân mua bán ở chợ phiên vùng cao", "Chợ phiên Bắc Hà sáng chủ nhật", "Minh Khôi"), (asset.AltText, asset.Caption, asset.Credit));
        Assert.Equal(HttpStatusCode.Redirect, decorative.StatusCode);
        Assert.True(after.IsDecorative);
        Assert.Equal("", after.AltText);
    }

    [Fact]
    public async Task Library_SearchIgnoresCaseAndDiacritics_AndPages()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var _ = client;
        var tag = Guid.NewGuid().ToString("N")[..8];
        await AddDirectlyAsync($"Đèo Mã Pì Lèng {tag}", 1);
        await AddDirectlyAsync($"Ruộng bậc thang {tag}", MediaLibrary.PageSize + 2);

        var found = await client.GetDocumentAsync("/admin/anh?q=" + Uri.EscapeDataString($"DEO ma pi {tag}"));
        var first = await client.GetDocumentAsync("/admin/anh?q=" + Uri.EscapeDataString($"ruong {tag}"));
        var second = await client.GetDocumentAsync("/admin/anh?trang=2&q=" + Uri.EscapeDataString($"ruong {tag}"));

        Assert.Single(found.QuerySelectorAll(".media-grid .media-card"));
        Assert.Equal(MediaLibrary.PageSize, first.QuerySelectorAll(".media-grid .media-card").Length);
        Assert.Equal(2, second.QuerySelectorAll(".media-grid .media-card").Length);
        Assert.Contains("Trang 2 / 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WhileUsed_IsRefusedAndShowsWhere_ThenAllowedWhenUnused()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var _ = client;
        var (id, key) = await MediaUploads.UploadGoodAsync(_factory, client, "dung.jpg", TestImages.Jpeg(400, 300));
        using (await _factory.CreateReader().GetAsync($"/media/{key}/320.webp"))
        {
        }

        var markup = _factory.Services.GetRequiredService<MediaMarkup>();
        var article = await TestArticles.AddAsync(_factory, "Bài dùng ảnh " + key[..6], body: "^^^\n![](figure:1)\n^^^ Chú thích");
        await _factory.WithDbAsync(db =>
        {
            db.Figures.Add(new Figure { ArticleId = article.Id, Order = 1, ImagePath = markup.StoredPath(key), Width = 400, Height = 300, Caption = "Chú thích" });
            return db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync("/admin/anh/" + id);
        using var refused = await AdminArticles.PostWithTokenAsync(client, $"/admin/anh/{id}/xoa");
        var afterRefusal = await client.GetDocumentAsync("/admin/anh/" + id);
        var storedName = await _factory.WithDbAsync(db => db.MediaAssets.Where(m => m.Id == id).Select(m => m.StoredName).SingleAsync());
        var original = Path.Combine(_factory.Root, "media", "originals", storedName);
        var variants = Path.Combine(_factory.Root, "media", "variants", key);

        Assert.Contains(article.Title, page.QuerySelector("table.usage")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ảnh 1 trong bài", page.QuerySelector("table.usage")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"form[action='/admin/anh/{id}/xoa']"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(
            "Không xoá được: ảnh đang được dùng trong 1 bài viết. Hãy gỡ ảnh khỏi các bài đó trước.",
            afterRefusal.QuerySelector(".flash")!.TextContent.Trim());
        Assert.True(File.Exists(original));
        Assert.True(Directory.Exists(variants));

        await _factory.WithDbAsync(db => db.Figures.Where(f => f.ArticleId == article.Id).ExecuteDeleteAsync());
        using var deleted = await client.SubmitAsync("/admin/anh/" + id, formSelector: $"form[action='/admin/anh/{id}/xoa']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/admin/anh", deleted.Headers.Location!.OriginalString);
        Assert.False(await _factory.WithDbAsync(db => db.MediaAssets.AnyAsync(m => m.Id == id)));
        Assert.False(File.Exists(original));
        Assert.False(Directory.Exists(variants));
        using var gone = await _factory.CreateReader().GetAsync($"/media/{key}/320.webp");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Delete_WhileLinkedFromABody_IsRefused()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var _ = client;
        var (id, key) = await MediaUploads.UploadGoodAsync(_factory, client, "lien-ket.jpg", TestImages.Jpeg(400, 300));
        var article = await TestArticles.AddAsync(_factory, "Bài có liên kết ảnh " + key[..6], body: $"^^^\n![Cây cầu](/media/{key}/960.jpg)\n^^^ Chú thích");

        var page = await client.GetDocumentAsync("/admin/anh/" + id);
        using var refused = await AdminArticles.PostWithTokenAsync(client, $"/admin/anh/{id}/xoa");

        Assert.Contains("Liên kết trong nội dung", page.QuerySelector("table.usage")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(article.Title, page.QuerySelector("table.usage")!.TextContent, StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.MediaAssets.AnyAsync(m => m.Id == id)));
    }

    private async Task AddDirectlyAsync(string caption, int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var file = Path.Combine(_factory.Root, Guid.NewGuid().ToString("N") + ".jpg");
        await File.WriteAllBytesAsync(file, TestImages.Jpeg(32, 24));
        for (var i = 0; i < count; i++)
        {
            await library.AddFileAsync(file, new MediaDetails(caption, false, caption, null));
        }

        File.Delete(file);
    }
}
