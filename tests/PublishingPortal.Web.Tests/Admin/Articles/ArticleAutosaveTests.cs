using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// The edit form's autosave endpoint (issue 10, "never lose work"): POST JSON to <c>/admin/bai-viet/{id}/tu-luu</c> with
/// the antiforgery token in a header keeps one row per user and article, never a revision or audit entry; refused
/// without the token or the right to edit; removed when that user saves the article.
/// </summary>
public sealed class ArticleAutosaveTests(EmptyPortalFactory factory) : IClassFixture<EmptyPortalFactory>
{
    [Fact]
    public async Task Autosave_TwiceThenAgain_OneRowWithTheLastText_NoRevisionNoAuditEntry()
    {
        var (reporter, user) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Lúa mùa Thái Bình");
        var (token, version) = await FormTokenAsync(reporter, id);
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        using var first = await PostAsync(reporter, id, token, new { title = "Lúa mùa", lead = "Sapo 1", bodyMarkdown = "Đoạn một.", version });
        using var second = await PostAsync(reporter, id, token, new { title = "Lúa mùa Thái Bình được mùa", lead = "Sapo 2", bodyMarkdown = "Đoạn một.\n\nĐoạn hai.", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("savedAt", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = await factory.WithDbAsync(db => db.ArticleAutosaves.AsNoTracking().Where(a => a.ArticleId == id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(user.Id, row.UserId);
        Assert.Equal("Lúa mùa Thái Bình được mùa", row.Title);
        Assert.Equal("Đoạn một.\n\nĐoạn hai.", row.BodyMarkdown);
        Assert.Equal(Guid.Parse(version), row.BaseVersion);
        Assert.Single(await AdminArticles.RevisionsAsync(factory, id));
        Assert.Equal(auditBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal("Lúa mùa Thái Bình", (await AdminArticles.LoadAsync(factory, id)).Title);
    }

    [Fact]
    public async Task Autosave_WithoutAntiforgeryHeader_400_NothingStored()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài không có mã chống giả mạo");
        var (_, version) = await FormTokenAsync(reporter, id);

        using var response = await PostAsync(reporter, id, null, new { title = "x", lead = "", bodyMarkdown = "y", version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task Autosave_ByAReporterWhoCannotEditTheArticle_403_NothingStored()
    {
        var (author, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(author, "Bài của phóng viên khác");
        var (other, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var (token, version) = await FormTokenAsync(author, id);
        var otherToken = (await other.GetDocumentAsync("/admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await PostAsync(other, id, otherToken, new { title = "Chen ngang", lead = "", bodyMarkdown = "z", version });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(token);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"title\":\"t\",\"bodyMarkdown\":\"b\"}")]
    [InlineData("{\"title\":\"t\",\"version\":\"không-phải-guid\"}")]
    [InlineData("[1,2,3]")]
    public async Task Autosave_BadBody_400WithVietnameseMessage(string body)
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài nhận dữ liệu hỏng");
        var (token, _) = await FormTokenAsync(reporter, id);

        using var response = await PostRawAsync(reporter, id, token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bản tự lưu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task Autosave_ThenTheUserSavesTheArticle_AutosaveDeleted()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài lưu sau khi tự lưu");
        var (token, version) = await FormTokenAsync(reporter, id);
        using var autosaved = await PostAsync(reporter, id, token, new { title = "Bài lưu", lead = "", bodyMarkdown = "Nháp.", version });
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));

        using var saved = await AdminArticles.SaveAsync(reporter, id, new Dictionary<string, string> { ["Lead"] = "Sapo đã lưu." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task EditPage_AutosaveNewerThanSave_Offered_KhoiPhucFillsTheForm_SavingKeepsIt()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài có bản tự lưu");
        var (token, version) = await FormTokenAsync(reporter, id);
        using var autosaved = await PostAsync(reporter, id, token, new { title = "Tiêu đề tự lưu", lead = "Sapo tự lưu", bodyMarkdown = "Đoạn gõ rồi tắt máy.", version });
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);

        // Opened plainly, the editor holds the autosave (the text typed last), and says so.
        var opened = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Equal("Tiêu đề tự lưu", opened.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Đoạn gõ rồi tắt máy.", opened.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim());
        Assert.Contains("bản tự lưu, chưa thành một phiên bản", opened.QuerySelector(".autosave-loaded")!.TextContent, StringComparison.Ordinal);
        Assert.Null(opened.QuerySelector(".autosave-offer"));

        // "Xem bản đã lưu" shows the saved version, with the autosave offered.
        var page = await reporter.GetDocumentAsync(opened.QuerySelector(".autosave-loaded a")!.GetAttribute("href")!);
        var offer = page.QuerySelector(".autosave-offer")!.TextContent;
        Assert.Matches(@"Có bản tự lưu lúc \d{2}:\d{2}\s+\(giờ Việt Nam\) mới hơn bản đã lưu", offer);
        Assert.Equal("Bài có bản tự lưu", page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        var restoreUrl = page.QuerySelector("a.autosave-restore")!.GetAttribute("href")!;

        var restored = await reporter.GetDocumentAsync(restoreUrl);
        Assert.Null(restored.QuerySelector(".autosave-offer"));
        Assert.Equal("Tiêu đề tự lưu", restored.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Đoạn gõ rồi tắt máy.", restored.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim());
        Assert.Contains("Đã khôi phục bản tự lưu", restored.QuerySelector(".kept-form")!.TextContent, StringComparison.Ordinal);

        using var saved = await reporter.SubmitAsync(restoreUrl, null, "#article-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal("Tiêu đề tự lưu", article.Title);
        Assert.Equal("Đoạn gõ rồi tắt máy.", article.BodyMarkdown);
        Assert.Null((await reporter.GetDocumentAsync(AdminArticles.EditUrl(id))).QuerySelector(".autosave-offer"));
    }

    [Fact]
    public async Task KhoiPhuc_KeepsTheMergeBase_OnlyWhenTheAutosaveWasTypedAgainstTheStoredVersion()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(reporter, "Bài tự lưu và gộp");
        var (token, version) = await FormTokenAsync(reporter, id);
        using (var autosaved = await PostAsync(reporter, id, token, new { title = "Bài tự lưu và gộp", lead = "Sapo tự lưu", bodyMarkdown = "Đoạn tự lưu.", version }))
        {
            Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        }

        var current = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id) + "?tuluu=1");
        Assert.Equal("1", current.QuerySelector("#article-form input[name=BaseRevision]")!.GetAttribute("value"));

        using (var other = await AdminArticles.SaveAsync(editor, id, new Dictionary<string, string> { ["Source"] = "Nguồn biên tập viên" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        // Typed later, against the version before the editor's save: the autosave does not record that revision.
        using (var again = await PostAsync(reporter, id, token, new { title = "Bài tự lưu và gộp", lead = "Sapo tự lưu lần hai", bodyMarkdown = "Đoạn tự lưu.", version }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var restoreUrl = AdminArticles.EditUrl(id) + "?tuluu=1";
        var stale = await reporter.GetDocumentAsync(restoreUrl);
        Assert.Equal(version, stale.QuerySelector("#article-form input[name=Version]")!.GetAttribute("value"));
        Assert.Equal("", stale.QuerySelector("#article-form input[name=BaseRevision]")!.GetAttribute("value") ?? "");

        using var saved = await reporter.SubmitAsync(restoreUrl, null, "#article-form");

        Assert.Equal(HttpStatusCode.Conflict, saved.StatusCode);
        Assert.Equal("Sapo tự lưu lần hai", (await AdminArticles.ParseAsync(saved)).QuerySelector("#article-form textarea[name=Lead]")!.TextContent.Trim());
        Assert.Equal("Sapo của bài.", (await AdminArticles.LoadAsync(factory, id)).Lead);
    }

    [Fact]
    public async Task EditPage_BoQua_DeletesTheAutosave_NoOfferAfterwards()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài bỏ bản tự lưu");
        var (token, version) = await FormTokenAsync(reporter, id);
        using var autosaved = await PostAsync(reporter, id, token, new { title = "Không cần", lead = "", bodyMarkdown = "Bỏ đi.", version });
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);

        using var discarded = await reporter.SubmitAsync(AdminArticles.EditUrl(id), null, ".autosave-loaded form");

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
        var page = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Null(page.QuerySelector(".autosave-offer"));
        Assert.Null(page.QuerySelector(".autosave-loaded"));
        Assert.Equal("Bài bỏ bản tự lưu", page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Bài bỏ bản tự lưu", (await AdminArticles.LoadAsync(factory, id)).Title);
    }

    private static async Task<(string Token, string Version)> FormTokenAsync(BrowserLikeClient client, int id)
    {
        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id));
        return (page.QuerySelector("#article-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            page.QuerySelector("#article-form input[name=Version]")!.GetAttribute("value")!);
    }

    private static Task<HttpResponseMessage> PostAsync(BrowserLikeClient client, int id, string? token, object body) =>
        PostRawAsync(client, id, token, JsonSerializer.Serialize(body));

    private static async Task<HttpResponseMessage> PostRawAsync(BrowserLikeClient client, int id, string? token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AdminArticles.EditUrl(id) + "/tu-luu")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.Http.SendAsync(request);
    }
}
