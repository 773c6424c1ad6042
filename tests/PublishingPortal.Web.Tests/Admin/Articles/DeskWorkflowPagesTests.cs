using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// The desk of issue 11 through the real pages: Gửi duyệt to the desk, Chuyển duyệt, Trả lại with the reason in the
/// list, corrections to live articles waiting for a publisher, and restore from the trash to the state before.
/// </summary>
public sealed class DeskWorkflowPagesTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public DeskWorkflowPagesTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ReporterSubmits_ToTheDesk_EditorPassesOn_PublisherPublishes()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var id = await AdminArticles.CreateAsync(reporter, "Chợ phiên vùng cao họp sớm");

        using (var submitted = await AdminArticles.ActAsync(reporter, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(ArticleStatus.Submitted, (await AdminArticles.LoadAsync(_factory, id)).Status);
        // The editor's page offers "Lưu và chuyển duyệt"; the reporter's second click changes nothing.
        var editorPage = await editor.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Contains("Chờ biên tập", editorPage.QuerySelector(".article-state .status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lưu và chuyển duyệt", editorPage.QuerySelector("button[name=then][value=chuyen-duyet]")!.TextContent.Trim());
        using (var forged = await AdminArticles.PostWithTokenAsync(reporter, AdminArticles.EditUrl(id) + "/chuyen-duyet"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        using (var passed = await AdminArticles.ActAsync(editor, id, "chuyen-duyet", new Dictionary<string, string> { ["Lead"] = "Sapo đã biên tập." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        }

        var inReview = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.InReview, inReview.Status);
        Assert.Equal("Sapo đã biên tập.", inReview.Lead);
        Assert.Contains("Chờ biên tập → Chờ duyệt", await LastTransitionAsync(id), StringComparison.Ordinal);

        using (var published = await AdminArticles.ActAsync(publisher, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, id)).Status);
        var summaries = (await AdminArticles.RevisionsAsync(_factory, id)).Select(r => r.Summary).ToList();
        Assert.Equal(["Tạo bài", "Gửi duyệt", "Sửa bài: sapo; Chuyển duyệt", "Xuất bản"], summaries);
    }

    [Fact]
    public async Task EditorSubmitsOwnDraft_StraightToThePublishers()
    {
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(editor, "Biên tập viên tự viết bài");

        using var submitted = await AdminArticles.ActAsync(editor, id, "gui-duyet");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await AdminArticles.LoadAsync(_factory, id)).Status);
    }

    [Fact]
    public async Task SendBack_FromTheDesk_ReturnedWithTheReasonInTheList_AuthorEditsAndResubmits()
    {
        var (reporter, reporterUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var article = await AdminArticles.AddAsync(_factory, "Bài gửi lên bàn biên tập", ArticleStatus.Submitted, reporterUser.Id);
        var reason = "Thiếu nguồn ảnh; cần thêm số liệu sản lượng chè của cả huyện trong ba năm gần đây và ý kiến của hợp tác xã.";

        using (var sentBack = await AdminArticles.ActAsync(editor, article.Id, "tra-lai", new Dictionary<string, string> { ["reason"] = reason }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        }

        var returned = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(ArticleStatus.Returned, returned.Status);
        Assert.Equal(reason, returned.ReturnReason);

        var list = await reporter.GetDocumentAsync("/admin/bai-viet?trangthai=Returned");
        var row = list.QuerySelector($"tr[data-article-id='{article.Id}']")!;
        Assert.Equal("Bị trả lại", row.QuerySelector(".status")!.TextContent.Trim());
        var shown = row.QuerySelector(".return-reason-short")!;
        Assert.Equal(reason, shown.GetAttribute("title"));
        Assert.EndsWith("…", shown.TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(shown.TextContent.Length < reason.Length);
        Assert.Contains(list.QuerySelectorAll("#loc-trangthai option"), o => o.GetAttribute("value") == "Submitted" && o.TextContent == "Chờ biên tập");

        // Returned is edited like a draft by its author, and goes back to the desk.
        using (var saved = await AdminArticles.SaveAsync(reporter, article.Id, new Dictionary<string, string> { ["Lead"] = "Đã thêm số liệu." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var resubmitted = await AdminArticles.ActAsync(reporter, article.Id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        var again = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(ArticleStatus.Submitted, again.Status);
        Assert.Null(again.ReturnReason);
        Assert.Equal("Đã thêm số liệu.", again.Lead);
    }

    [Fact]
    public async Task CorrectionByEditor_WaitsForAPublisher_ReadersKeepTheLiveTextUntilApproved()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Lũ về sớm ở thượng nguồn", ArticleStatus.Published, author.Id, "Nước lên 2 mét.");
        using var reader = _factory.CreateReader();
        Assert.Contains("2 mét", await ReadAsync(reader, article.Slug), StringComparison.Ordinal);

        using (var saved = await AdminArticles.SaveAsync(editor, article.Id, new Dictionary<string, string> { ["BodyMarkdown"] = "Nước lên 3 mét, theo đài khí tượng." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal("Nước lên 2 mét.", stored.BodyMarkdown);
        Assert.Equal(ArticleStatus.Published, stored.Status);
        var pending = Assert.Single(await AdminArticles.RevisionsAsync(_factory, article.Id));
        Assert.Equal(pending.Number, stored.PendingRevisionNumber);
        Assert.Equal("Nước lên 3 mét, theo đài khí tượng.", pending.BodyMarkdown);
        var reading = await ReadAsync(reader, article.Slug);
        Assert.Contains("2 mét", reading, StringComparison.Ordinal);
        Assert.DoesNotContain("3 mét", reading, StringComparison.Ordinal);

        // The editor reopening the article sees the correction; the list says one waits.
        var editorPage = await editor.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.Equal("Nước lên 3 mét, theo đài khí tượng.", editorPage.QuerySelector("#BodyMarkdown")!.TextContent.Trim());
        Assert.Null(editorPage.QuerySelector(".correction-approve"));
        var list = await editor.GetDocumentAsync("/admin/bai-viet");
        Assert.Equal("Đã xuất bản · có bản sửa chờ duyệt", list.QuerySelector($"tr[data-article-id='{article.Id}'] .status")!.TextContent.Trim());

        // Nobody approves their own correction: not the editor who wrote it, not even once they may publish.
        using (var own = await AdminArticles.PostWithTokenAsync(editor, AdminUrlsApprove(article.Id)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        }

        var editorUser = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).Select(r => r.UserId).SingleAsync());
        await _factory.WithDbAsync(async db =>
        {
            var publisherRole = await db.Roles.SingleAsync(r => r.Name == NewsroomRoles.Publisher);
            db.UserRoles.Add(new() { UserId = editorUser!, RoleId = publisherRole.Id });
            return await db.SaveChangesAsync();
        });
        var promoted = StaffAccounts.CreateClient(_factory);
        var email = await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == editorUser).Select(u => u.Email).SingleAsync());
        await StaffAccounts.SignInAsync(promoted, email!, StaffAccounts.Password);
        using (var stillOwn = await AdminArticles.PostWithTokenAsync(promoted, AdminUrlsApprove(article.Id)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, stillOwn.StatusCode);
        }

        Assert.Equal(pending.Number, (await AdminArticles.LoadAsync(_factory, article.Id)).PendingRevisionNumber);

        // The publisher sees the live text, the difference and the buttons, and approves.
        var publisherPage = await publisher.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.Equal("Nước lên 2 mét.", publisherPage.QuerySelector("#BodyMarkdown")!.TextContent.Trim());
        var diffLink = publisherPage.QuerySelector(".pending-correction a")!.GetAttribute("href")!;
        var diff = await publisher.GetDocumentAsync(diffLink);
        Assert.Contains("3 mét", diff.Body!.TextContent, StringComparison.Ordinal);
        using (var approved = await publisher.SubmitAsync(AdminArticles.EditUrl(article.Id), null, "form.correction-approve"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal("Nước lên 3 mét, theo đài khí tượng.", after.BodyMarkdown);
        Assert.Null(after.PendingRevisionNumber);
        Assert.Equal(ArticleStatus.Published, after.Status);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(_factory, article.Id)).Count);
        Assert.Contains("3 mét", await ReadAsync(reader, article.Slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_ByAPublisherOfAnotherSection_WaitsLikeAnEditors_AndTheyCannotApproveOne()
    {
        // Editor and Publisher roles, publishing limited to another section: in this article's section they only edit.
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var deskUser = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Publisher);
        var (here, _, elsewhere) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await _factory.WithDbAsync(async db =>
        {
            var editorRole = await db.Roles.SingleAsync(r => r.Name == NewsroomRoles.Editor);
            db.UserRoles.Add(new() { UserId = deskUser.Id, RoleId = editorRole.Id });
            db.SectionGrants.Add(new SectionGrant { UserId = deskUser.Id, Right = SectionRight.Publish, CategoryId = elsewhere });
            return await db.SaveChangesAsync();
        });
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var other = client;
        using var desk = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(desk, deskUser.Email!, StaffAccounts.Password);
        var article = await AdminArticles.AddAsync(_factory, "Giá lúa tăng " + suffix, ArticleStatus.Published, author.Id, "Giá lúa 7.000 đồng.");
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.CategoryId, here)));

        using (var saved = await AdminArticles.SaveAsync(desk, article.Id, new Dictionary<string, string>
        {
            ["BodyMarkdown"] = "Giá lúa 7.200 đồng.",
            ["CategoryId"] = here.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal("Giá lúa 7.000 đồng.", stored.BodyMarkdown);
        Assert.NotNull(stored.PendingRevisionNumber);

        // Someone else's correction in this section: they may not approve it either.
        using (var corrected = await AdminArticles.SaveAsync(other, article.Id, new Dictionary<string, string>
        {
            ["BodyMarkdown"] = "Giá lúa 7.300 đồng.",
            ["CategoryId"] = here.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        using (var approve = await AdminArticles.PostWithTokenAsync(desk, AdminUrlsApprove(article.Id)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        }

        Assert.Equal("Giá lúa 7.000 đồng.", (await AdminArticles.LoadAsync(_factory, article.Id)).BodyMarkdown);
    }

    [Fact]
    public async Task Correction_DroppedByItsEditor_LiveTextStays_AndNoRevisionRestoreBypassesThePublisher()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var article = await AdminArticles.AddAsync(_factory, "Bài đang đăng sẽ được sửa", ArticleStatus.Published, author.Id);

        using (var saved = await AdminArticles.SaveAsync(editor, article.Id, new Dictionary<string, string> { ["Title"] = "Tiêu đề sửa chờ duyệt" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var restore = await AdminArticles.PostWithTokenAsync(editor, AdminArticles.EditUrl(article.Id) + "/phien-ban/1/khoi-phuc"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        }

        Assert.Equal("Bài đang đăng sẽ được sửa", (await AdminArticles.LoadAsync(_factory, article.Id)).Title);
        using (var dropped = await editor.SubmitAsync(AdminArticles.EditUrl(article.Id), null, "form.correction-discard"))
        {
            Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        }

        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Null(after.PendingRevisionNumber);
        Assert.Equal("Bài đang đăng sẽ được sửa", after.Title);
        var page = await editor.GetDocumentAsync(AdminArticles.EditUrl(article.Id));
        Assert.Equal("Bài đang đăng sẽ được sửa", page.QuerySelector("#Title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PublisherStaleSave_WhileACorrectionWaits_MergesOnTheLiveText_NotOnTheCorrection()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Giá lúa tăng", ArticleStatus.Published, author.Id, "Đoạn một.\n\nĐoạn hai.");
        using (var saved = await AdminArticles.SaveAsync(first, article.Id, new Dictionary<string, string> { ["Source"] = "Báo tỉnh" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var correction = await AdminArticles.SaveAsync(editor, article.Id, new Dictionary<string, string> { ["Title"] = "Giá lúa tăng (đính chính)" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        }

        var stale = (AngleSharp.Html.Dom.IHtmlFormElement)(await first.GetDocumentAsync(AdminArticles.EditUrl(article.Id))).QuerySelector("#article-form")!;
        using (var other = await AdminArticles.SaveAsync(second, article.Id, new Dictionary<string, string> { ["Title"] = "Giá lúa tăng mạnh" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        using var merged = await first.SubmitAsync(stale, AdminArticles.EditUrl(article.Id), new Dictionary<string, string> { ["Lead"] = "Sapo mới." });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(("Giá lúa tăng mạnh", "Sapo mới.", "Đoạn một.\n\nĐoạn hai."), (after.Title, after.Lead, after.BodyMarkdown));
        Assert.NotNull(after.PendingRevisionNumber);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, NewsroomRoles.Editor, ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Returned, NewsroomRoles.Editor, ArticleStatus.Returned)]
    [InlineData(ArticleStatus.Submitted, NewsroomRoles.Editor, ArticleStatus.Submitted)]
    [InlineData(ArticleStatus.InReview, NewsroomRoles.Editor, ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Unpublished, NewsroomRoles.Editor, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Published, NewsroomRoles.Editor, ArticleStatus.Unpublished)]
    [InlineData(ArticleStatus.Unpublished, NewsroomRoles.Publisher, ArticleStatus.Unpublished)]
    public async Task Restore_FromTheBin_ToTheStateBefore_NoConfirmationWhenNotPublic(ArticleStatus before, string role, ArticleStatus expected)
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        var (restorer, _) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        var article = await AdminArticles.AddAsync(_factory, "Bài vào thùng rác " + before, before, author.Id);
        using (var trashed = await AdminArticles.ActAsync(admin, article.Id, "thung-rac"))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        using (var restored = await AdminArticles.ActAsync(restorer, article.Id, "khoi-phuc"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var after = await AdminArticles.LoadAsync(_factory, article.Id);
        Assert.Equal(expected, after.Status);
        Assert.Null(after.StatusBeforeTrash);
        var flash = (await restorer.GetDocumentAsync(AdminArticles.EditUrl(article.Id))).QuerySelector(".flash")!.TextContent;
        Assert.Contains(expected == ArticleStatus.Unpublished ? "Gỡ xuống" : "", flash, StringComparison.Ordinal);
        if (before == ArticleStatus.Published)
        {
            Assert.Contains("chỉ người duyệt bài mới đưa bài trở lại với bạn đọc", flash, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Restore_FormerlyPublished_ByAPublisher_AsksFirst_ThenReadersSeeItAgain()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Bài từng đăng trở lại", ArticleStatus.Published, author.Id);
        using (var trashed = await AdminArticles.ActAsync(publisher, article.Id, "thung-rac"))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        using (var asked = await AdminArticles.ActAsync(publisher, article.Id, "khoi-phuc"))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            var page = await AdminArticles.ParseAsync(asked);
            Assert.Contains("Bài sẽ hiện lại với bạn đọc. Xác nhận?", page.QuerySelector(".restore-confirm")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(ArticleStatus.Trashed, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        using (var confirmed = await AdminArticles.PostWithTokenAsync(publisher, AdminArticles.EditUrl(article.Id) + "/khoi-phuc", new Dictionary<string, string> { ["xacnhan"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        using var reader = _factory.CreateReader();
        Assert.Contains("Bài từng đăng trở lại", await ReadAsync(reader, article.Slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_ScheduledWhoseTimePassedInTheBin_ComesBackPublished()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Bài hẹn giờ nằm thùng rác", ArticleStatus.Trashed, author.Id);
        await _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.StatusBeforeTrash, ArticleStatus.Scheduled)
            .SetProperty(a => a.PublishedAt, DateTimeOffset.UtcNow.AddMinutes(-30))));

        using var confirmed = await AdminArticles.PostWithTokenAsync(publisher, AdminArticles.EditUrl(article.Id) + "/khoi-phuc", new Dictionary<string, string> { ["xacnhan"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
    }

    [Fact]
    public async Task PublishTime_NgayIgnoresTheTypedTime_HenGioKeepsIt()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var now = await AdminArticles.CreateAsync(reporter, "Bài đăng ngay khi duyệt", more: new Dictionary<string, string> { ["PublishMode"] = "ngay", ["PublishAt"] = "2031-03-01T09:00" });
        var later = await AdminArticles.CreateAsync(reporter, "Bài hẹn giờ khi duyệt", more: new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2031-03-01T09:00" });

        Assert.Null((await AdminArticles.LoadAsync(_factory, now)).PublishedAt);
        Assert.Equal(new DateTimeOffset(2031, 3, 1, 2, 0, 0, TimeSpan.Zero), (await AdminArticles.LoadAsync(_factory, later)).PublishedAt);

        // Saving again with "Xuất bản ngay" drops the time the draft had.
        using (var saved = await AdminArticles.SaveAsync(reporter, later, new Dictionary<string, string> { ["PublishMode"] = "ngay" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Null((await AdminArticles.LoadAsync(_factory, later)).PublishedAt);
    }

    private static string AdminUrlsApprove(int id) => AdminArticles.EditUrl(id) + "/ban-sua/duyet";

    private static async Task<string> ReadAsync(HttpClient reader, string slug) =>
        (await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + slug)).QuerySelector("article, main")!.TextContent;

    private Task<string> LastTransitionAsync(int id) =>
        _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target == "Article:" + id && e.Action == Core.Auditing.AuditActions.ArticleTransition)
            .OrderByDescending(e => e.Id).Select(e => e.Details).FirstAsync());
}
