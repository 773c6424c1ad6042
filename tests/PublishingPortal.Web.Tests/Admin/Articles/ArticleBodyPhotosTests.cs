using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// The edit form's photo endpoints (issue 10's contract with the editor): a file or a library photo becomes a new body
/// figure in one request, described in place, the library listed as JSON, the lead photo chosen or removed from the
/// form; every refusal is JSON with a Vietnamese message and creates nothing.
/// </summary>
public sealed class ArticleBodyPhotosTests(EmptyPortalFactory factory) : IClassFixture<EmptyPortalFactory>
{
    [Fact]
    public async Task Add_File_NewFigureAtNextOrder_BodyAndVersionUntouched_FormSavesWithoutConflict()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Mùa lúa chín ở Mù Cang Chải", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        var before = await AdminArticles.LoadAsync(factory, id);
        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        using var response = await PostFileAsync(reporter, form.Upload, form.Token, "ruong-bac-thang.jpg", TestImages.Jpeg(1600, 900));
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, json.GetProperty("order").GetInt32());
        Assert.StartsWith("/media/", json.GetProperty("src").GetString(), StringComparison.Ordinal);
        Assert.Equal(1600, json.GetProperty("width").GetInt32());
        Assert.Equal(900, json.GetProperty("height").GetInt32());
        Assert.Equal("", json.GetProperty("caption").GetString());
        Assert.Equal(assets + 1, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        var after = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.BodyMarkdown, after.BodyMarkdown);
        var figure = Assert.Single(after.Figures);
        Assert.Equal(json.GetProperty("src").GetString(), figure.ImagePath);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(factory, id)).Count);

        // The editor describes it in place, then the form (still at its first version) saves the block at the cursor.
        using (var described = await PostFormAsync(reporter, form.Details.Replace("{order}", "1", StringComparison.Ordinal), form.Token, new()
        {
            ["alt"] = "Ruộng bậc thang vàng óng",
            ["caption"] = "Ruộng bậc thang xã La Pán Tẩn",
            ["credit"] = "Hương Dịu",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, described.StatusCode);
            Assert.True((await JsonAsync(described)).GetProperty("ok").GetBoolean());
        }

        var block = ArticleBodyRenderer.FigureBlock(1, "Ruộng bậc thang xã La Pán Tẩn", "Hương Dịu");
        using var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string> { ["BodyMarkdown"] = "Đoạn một.\n\n" + block + "\n\nĐoạn hai." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await AdminArticles.LoadAsync(factory, id);
        Assert.Contains("alt=\"Ruộng bậc thang vàng óng\"", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Ruộng bậc thang xã La Pán Tẩn", stored.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_LibraryPhoto_TakesItsDescription_OrderAfterTheHighest_NeverTheLeadsOrder()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var (mediaId, _) = await MediaUploads.UploadGoodAsync(factory, reporter, "cho-phien.jpg", TestImages.Jpeg(800, 600, TestImages.Blue));
        await factory.WithDbAsync(async db =>
        {
            var asset = await db.MediaAssets.SingleAsync(m => m.Id == mediaId);
            asset.AltText = "Chợ phiên Bắc Hà";
            asset.Caption = "Chợ phiên sáng Chủ nhật";
            asset.Credit = "Minh Khôi";
            return await db.SaveChangesAsync();
        });
        var id = await AdminArticles.CreateAsync(reporter, "Chợ phiên vùng cao", "Đoạn một.");
        var form = await FormAsync(reporter, id);

        using (var lead = await PostFormAsync(reporter, form.Lead, form.Token, new() { ["mediaId"] = Text(mediaId), ["version"] = form.Version }))
        {
            Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
        }

        using var first = await PostFormAsync(reporter, form.Upload, form.Token, new() { ["mediaId"] = Text(mediaId) });
        using var second = await PostFormAsync(reporter, form.Upload, form.Token, new() { ["mediaId"] = Text(mediaId) });

        var one = await JsonAsync(first);
        Assert.Equal(1, one.GetProperty("order").GetInt32());
        Assert.Equal("Chợ phiên Bắc Hà", one.GetProperty("alt").GetString());
        Assert.Equal("Chợ phiên sáng Chủ nhật", one.GetProperty("caption").GetString());
        Assert.Equal("Minh Khôi", one.GetProperty("credit").GetString());
        Assert.Equal(2, (await JsonAsync(second)).GetProperty("order").GetInt32());
        var orders = (await AdminArticles.LoadAsync(factory, id)).Figures.Select(f => f.Order).Order().ToList();
        Assert.Equal([LeadPhoto.FigureOrder, 1, 2], orders);
    }

    [Fact]
    public async Task Add_Refusals_4xxJsonInVietnamese_NothingCreated()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài nhận ảnh hỏng", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        using var nothing = await PostFormAsync(reporter, form.Upload, form.Token, []);
        using var notImage = await PostFileAsync(reporter, form.Upload, form.Token, "bai-viet.jpg", TestImages.HtmlPage());
        using var svg = await PostFileAsync(reporter, form.Upload, form.Token, "logo.svg", TestImages.SvgWithScript(), "image/svg+xml");
        using var unknown = await PostFormAsync(reporter, form.Upload, form.Token, new() { ["mediaId"] = "987654" });
        using var garbage = await PostFormAsync(reporter, form.Upload, form.Token, new() { ["mediaId"] = "năm" });
        using var noToken = await PostFileAsync(reporter, form.Upload, null, "ruong.jpg", TestImages.Jpeg(200, 100));

        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("Chưa chọn ảnh", (await JsonAsync(nothing)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notImage.StatusCode);
        Assert.Contains("bai-viet.jpg", (await JsonAsync(notImage)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await JsonAsync(svg)).GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy ảnh", (await JsonAsync(unknown)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(assets, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        Assert.Empty((await AdminArticles.LoadAsync(factory, id)).Figures);
        Assert.Single(await AdminArticles.RevisionsAsync(factory, id));
    }

    [Fact]
    public async Task Details_UnknownOrderOrTheLeadsOrder_404_TooLong_400_NothingChanged()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài mô tả ảnh", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        using (var added = await PostFileAsync(reporter, form.Upload, form.Token, "anh.jpg", TestImages.Jpeg(400, 300)))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        string Url(int order) => form.Details.Replace("{order}", Text(order), StringComparison.Ordinal);
        using var unknown = await PostFormAsync(reporter, Url(7), form.Token, new() { ["alt"] = "x", ["caption"] = "y" });
        using var lead = await PostFormAsync(reporter, Url(LeadPhoto.FigureOrder), form.Token, new() { ["alt"] = "x" });
        using var longCaption = await PostFormAsync(reporter, Url(1), form.Token, new() { ["alt"] = "Ảnh", ["caption"] = new string('c', Figure.CaptionMaxLength + 1) });
        using var longCredit = await PostFormAsync(reporter, Url(1), form.Token, new() { ["credit"] = new string('c', MediaAsset.CreditMaxLength + 1) });
        using var longAlt = await PostFormAsync(reporter, Url(1), form.Token, new() { ["alt"] = new string('a', MediaAsset.AltTextMaxLength + 1) });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("không có ảnh số này", (await JsonAsync(unknown)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, lead.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longCaption.StatusCode);
        Assert.Contains("Chú thích dài quá", (await JsonAsync(longCaption)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longCredit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longAlt.StatusCode);
        var figure = Assert.Single((await AdminArticles.LoadAsync(factory, id)).Figures);
        Assert.Equal("", figure.Caption);
        Assert.Equal("", figure.AltText);
    }

    [Fact]
    public async Task Library_Json_NewestFirst_WithNextPage()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var (mediaId, key) = await MediaUploads.UploadGoodAsync(factory, reporter, "thu-vien-moi-nhat.jpg", TestImages.Jpeg(640, 480));

        using var response = await reporter.Http.GetAsync("/admin/anh/chon?q=thu-vien-moi-nhat");
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(mediaId, item.GetProperty("mediaId").GetInt32());
        Assert.Contains(key, item.GetProperty("src").GetString(), StringComparison.Ordinal);
        Assert.Equal(640, item.GetProperty("width").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nextPage").ValueKind);
        using var page = await reporter.Http.GetAsync("/admin/anh/chon?trang=abc");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Permissions_OtherReportersArticle_403_PublishedArticleForAReporter_403_Anonymous_401OrSignIn()
    {
        var (author, authorUser) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var (other, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _a = author;
        using var _o = other;
        var id = await AdminArticles.CreateAsync(author, "Bài của người khác", "Đoạn một.");
        var published = await AdminArticles.AddAsync(factory, "Bài đã xuất bản của phóng viên", ArticleStatus.Published, authorUser.Id);
        var otherToken = (await other.GetDocumentAsync("/admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var authorToken = (await author.GetDocumentAsync("/admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        using var foreign = await PostFileAsync(other, $"/admin/bai-viet/{id}/anh-trong-bai", otherToken, "chen.jpg", TestImages.Jpeg(200, 100));
        using var foreignLead = await PostFormAsync(other, $"/admin/bai-viet/{id}/anh-dai-dien/bo", otherToken, new() { ["version"] = Guid.NewGuid().ToString() });
        using var stateRefused = await PostFileAsync(author, $"/admin/bai-viet/{published.Id}/anh-trong-bai", authorToken, "chen.jpg", TestImages.Jpeg(200, 100));
        using var missing = await PostFormAsync(author, "/admin/bai-viet/999999/anh-trong-bai", authorToken, new() { ["mediaId"] = "1" });
        using var anonymousClient = factory.CreateReader();
        using var anonymousScript = new HttpRequestMessage(HttpMethod.Post, $"/admin/bai-viet/{id}/anh-trong-bai") { Content = new FormUrlEncodedContent([]) };
        anonymousScript.Headers.Add("RequestVerificationToken", "x");
        using var anonymousJson = await anonymousClient.SendAsync(anonymousScript);
        using var anonymousLibrary = await anonymousClient.GetAsync("/admin/anh/chon");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await JsonAsync(foreign)).GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, foreignLead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stateRefused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousJson.StatusCode);
        Assert.Contains("đăng nhập", (await JsonAsync(anonymousJson)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousLibrary.StatusCode);
        Assert.Contains("/dang-nhap", anonymousLibrary.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(assets, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        Assert.Empty((await AdminArticles.LoadAsync(factory, id)).Figures);
        Assert.Empty((await AdminArticles.LoadAsync(factory, published.Id)).Figures);
    }

    [Fact]
    public async Task Lead_FromFileFigureOrLibrary_WithTheFormsVersion_NewVersionAnswered_StaleVersion409_Remove()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài có ảnh đại diện", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        // A file without a description is refused before it is stored.
        using (var noAlt = await PostFileAsync(reporter, form.Lead, form.Token, "dai-dien.jpg", TestImages.Jpeg(1200, 800), fields: new() { ["version"] = form.Version }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noAlt.StatusCode);
            Assert.Contains("mô tả ảnh", (await JsonAsync(noAlt)).GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(assets, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        }

        string version;
        using (var set = await PostFileAsync(reporter, form.Lead, form.Token, "dai-dien.jpg", TestImages.Jpeg(1200, 800),
            fields: new() { ["version"] = form.Version, ["alt"] = "Cánh đồng lúa", ["caption"] = "Cánh đồng lúa mùa" }))
        {
            var json = await JsonAsync(set);
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            version = json.GetProperty("version").GetString()!;
            Assert.NotEqual(form.Version, version);
            Assert.Equal("Cánh đồng lúa mùa", json.GetProperty("lead").GetProperty("caption").GetString());
        }

        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(Guid.Parse(version), article.Version);
        var lead = Assert.Single(article.Figures, f => f.Order == LeadPhoto.FigureOrder);
        Assert.Equal("Cánh đồng lúa", lead.AltText);
        Assert.Contains("lead-photo", article.BodyHtml, StringComparison.Ordinal);

        using (var added = await PostFileAsync(reporter, form.Upload, form.Token, "trong-bai.jpg", TestImages.Jpeg(900, 600, TestImages.Red)))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        // The form's first version: a save was made since (the lead photo above), so the change is refused.
        using (var stale = await PostFormAsync(reporter, form.Lead, form.Token, new() { ["order"] = "1", ["alt"] = "Ảnh trong bài", ["version"] = form.Version }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("người khác lưu", (await JsonAsync(stale)).GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("Cánh đồng lúa", (await AdminArticles.LoadAsync(factory, id)).Figures.Single(f => f.Order == LeadPhoto.FigureOrder).AltText);
        using (var fromFigure = await PostFormAsync(reporter, form.Lead, form.Token, new() { ["order"] = "1", ["alt"] = "Ảnh trong bài", ["version"] = version }))
        {
            Assert.Equal(HttpStatusCode.OK, fromFigure.StatusCode);
            version = (await JsonAsync(fromFigure)).GetProperty("version").GetString()!;
        }

        article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(article.Figures.Single(f => f.Order == 1).ImagePath, article.Figures.Single(f => f.Order == LeadPhoto.FigureOrder).ImagePath);

        using (var removed = await PostFormAsync(reporter, form.Remove, form.Token, new() { ["version"] = version }))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        Assert.DoesNotContain((await AdminArticles.LoadAsync(factory, id)).Figures, f => f.Order == LeadPhoto.FigureOrder);
        using var noVersion = await PostFormAsync(reporter, form.Remove, form.Token, []);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
    }

    [Fact]
    public async Task Lead_FileWithAStaleVersion_409_NoPhotoStored()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài bị người khác lưu trước", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        using (var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string> { ["Lead"] = "Người khác vừa lưu." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());
        using var stale = await PostFileAsync(reporter, form.Lead, form.Token, "dai-dien.jpg", TestImages.Jpeg(600, 400),
            fields: new() { ["version"] = form.Version, ["alt"] = "Ảnh đại diện" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("người khác lưu", (await JsonAsync(stale)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(assets, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        Assert.Empty((await AdminArticles.LoadAsync(factory, id)).Figures);
    }

    [Fact]
    public async Task EditForm_CarriesTheContractsAttributes_AndItsFigures()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài có thuộc tính ảnh", "Đoạn một.");
        var form = await FormAsync(reporter, id);
        using (var added = await PostFileAsync(reporter, form.Upload, form.Token, "anh.jpg", TestImages.Jpeg(400, 300)))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        var page = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        var element = page.QuerySelector("#article-form")!;
        Assert.Equal($"/admin/bai-viet/{id}/anh-trong-bai", element.GetAttribute("data-photo-upload"));
        Assert.Equal($"/admin/bai-viet/{id}/anh-trong-bai/{{order}}", element.GetAttribute("data-photo-details"));
        Assert.Equal("/admin/anh/chon", element.GetAttribute("data-photo-library"));
        using var figures = JsonDocument.Parse(element.GetAttribute("data-figures")!);
        var figure = Assert.Single(figures.RootElement.EnumerateArray());
        Assert.Equal(1, figure.GetProperty("order").GetInt32());
        Assert.Equal(400, figure.GetProperty("width").GetInt32());
        Assert.NotNull(page.QuerySelector($"[data-lead-section] a[href='/admin/bai-viet/{id}/anh']"));

        var create = await reporter.GetDocumentAsync("/admin/bai-viet/tao-moi");
        var newForm = create.QuerySelector("#article-form")!;
        // Empty in the HTML (the form tag helper writes null as empty); the script removes it, so scripts see it absent.
        Assert.True(string.IsNullOrEmpty(newForm.GetAttribute("data-photo-upload")));
        Assert.Equal("[]", newForm.GetAttribute("data-figures"));
        Assert.Equal("/admin/bai-viet/tao-moi/ban-nhap", newForm.GetAttribute("data-create-draft"));
    }

    [Fact]
    public async Task CreateDraft_Json_OneDraftThroughTheCreatePath_InvalidCreatesNothing()
    {
        var (reporter, user) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var token = (await reporter.GetDocumentAsync("/admin/bai-viet/tao-moi")).QuerySelector("#article-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await factory.WithDbAsync(db => db.Articles.CountAsync());

        using var invalid = await PostFormAsync(reporter, "/admin/bai-viet/tao-moi/ban-nhap", token, new() { ["Title"] = "  ", ["BodyMarkdown"] = "Chỉ có thân bài." });
        using var badTime = await PostFormAsync(reporter, "/admin/bai-viet/tao-moi/ban-nhap", token, new() { ["Title"] = "Có tiêu đề", ["PublishAt"] = "không phải ngày" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Hãy nhập tiêu đề.", (await JsonAsync(invalid)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Articles.CountAsync()));

        using var created = await PostFormAsync(reporter, "/admin/bai-viet/tao-moi/ban-nhap", token, new() { ["Title"] = "Bản nháp tự tạo", ["Lead"] = "Sapo.", ["BodyMarkdown"] = "Đoạn gõ dở." });
        var json = await JsonAsync(created);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"/admin/bai-viet/{id}", json.GetProperty("editUrl").GetString());
        Assert.Equal($"/admin/bai-viet/{id}/tu-luu", json.GetProperty("autosave").GetString());
        Assert.Equal($"tuluu-bai-{id}", json.GetProperty("autosaveKey").GetString());
        Assert.Equal($"/admin/bai-viet/{id}/anh-trong-bai", json.GetProperty("photoUpload").GetString());
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Articles.CountAsync()));
        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(Guid.Parse(json.GetProperty("version").GetString()!), article.Version);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(user.Id, article.AuthorId);
        Assert.Equal("Đoạn gõ dở.", article.BodyMarkdown);
        Assert.Single(await AdminArticles.RevisionsAsync(factory, id));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Target == "Article:" + id)));
    }

    private static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(string Token, string Version, string Upload, string Details, string Lead, string Remove)> FormAsync(BrowserLikeClient client, int id)
    {
        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id));
        var form = page.QuerySelector("#article-form")!;
        return (form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            form.GetAttribute("data-photo-upload")!,
            form.GetAttribute("data-photo-details")!,
            form.GetAttribute("data-lead-photo")!,
            form.GetAttribute("data-lead-photo-remove")!);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(BrowserLikeClient client, string url, string? token, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.Http.SendAsync(request);
    }

    internal static async Task<HttpResponseMessage> PostFileAsync(
        BrowserLikeClient client, string url, string? token, string name, byte[] bytes, string type = "image/jpeg", Dictionary<string, string>? fields = null)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(part, "file", name);
        foreach (var (key, value) in fields ?? [])
        {
            content.Add(new StringContent(value), key);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.Http.SendAsync(request);
    }
}

/// <summary>The edit form's upload refuses a file over <c>Media:MaxBytes</c> like the library does, storing nothing.</summary>
public sealed class ArticleBodyPhotoLimitsTests(SmallMediaLimitsPortalFactory factory) : IClassFixture<SmallMediaLimitsPortalFactory>
{
    [Fact]
    public async Task Add_FileOverMaxBytes_413WithTheLimit_NothingCreated()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        using var _r = reporter;
        var id = await AdminArticles.CreateAsync(reporter, "Bài nhận ảnh quá lớn", "Đoạn một.");
        var page = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        var token = page.QuerySelector("#article-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var big = TestImages.NoiseJpeg(400, 400);
        var huge = new byte[1_300_000];
        var assets = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        using var response = await ArticleBodyPhotosTests.PostFileAsync(reporter, $"/admin/bai-viet/{id}/anh-trong-bai", token, "to.jpg", big);
        using var request = await ArticleBodyPhotosTests.PostFileAsync(reporter, $"/admin/bai-viet/{id}/anh-trong-bai", token, "rat-to.jpg", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("giới hạn", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, request.StatusCode);
        Assert.Equal(assets, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
        Assert.Empty((await AdminArticles.LoadAsync(factory, id)).Figures);
    }
}
