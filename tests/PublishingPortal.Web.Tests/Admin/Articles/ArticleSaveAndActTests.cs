using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// The edit form's workflow buttons ("Lưu và gửi duyệt", "Lưu và trả lại", "Lưu và duyệt xuất bản") save what is
/// typed and act in one request, one revision and one audit entry; a refused save applies no transition and the
/// typed text comes back in the form (issue 10).
/// </summary>
public sealed class ArticleSaveAndActTests(EmptyPortalFactory factory) : IClassFixture<EmptyPortalFactory>
{
    private const string NewLead = "Sapo mới: sản lượng chè xuân tăng 12% so với năm trước.";

    [Fact]
    public async Task SaveAndSubmit_NewSentenceInLead_IsInTheSubmittedVersion_OneRevisionOneAuditEntry()
    {
        var (reporter, user) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Chè xuân Tân Cương");
        var page = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Equal("Lưu và gửi duyệt", page.QuerySelector("#article-form button[name=then][value=gui-duyet]")!.TextContent.Trim());

        using var response = await reporter.SubmitAsync(AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = NewLead }, "#article-form", "then", "gui-duyet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/bai-viet", response.Headers.Location!.OriginalString); // the reporter may no longer edit it
        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(ArticleStatus.Submitted, article.Status);
        Assert.Equal(NewLead, article.Lead);
        var revisions = await AdminArticles.RevisionsAsync(factory, id);
        Assert.Equal(["Tạo bài", "Sửa bài: sapo; Gửi duyệt"], revisions.Select(r => r.Summary));
        Assert.Equal(NewLead, revisions[^1].Lead);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target == "Article:" + id)
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Details, e.UserId }).ToListAsync());
        Assert.Equal([AuditActions.ArticleCreated, AuditActions.ArticleTransition], entries.Select(e => e.Action));
        Assert.Contains("Nháp → Chờ biên tập", entries[1].Details, StringComparison.Ordinal);
        Assert.Contains("phiên bản 2 (sapo)", entries[1].Details, StringComparison.Ordinal);
        Assert.Equal(user.Id, entries[1].UserId);
    }

    [Fact]
    public async Task SaveAndSubmit_NothingTyped_WritesOnlyTheTransitionRevision()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài gửi duyệt không sửa");

        using var response = await AdminArticles.ActAsync(reporter, id, "gui-duyet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Tạo bài", "Gửi duyệt"], (await AdminArticles.RevisionsAsync(factory, id)).Select(r => r.Summary));
    }

    [Fact]
    public async Task SaveAndSubmit_Conflict_StatusUnchanged_TypedTextOnTheConflictPage()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(reporter, "Bài hai người cùng sửa");
        var stale = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        using (var other = await AdminArticles.SaveAsync(editor, id, new Dictionary<string, string> { ["Lead"] = "Sapo biên tập viên sửa." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        var before = await AdminArticles.LoadAsync(factory, id);
        using var response = await reporter.SubmitAsync(
            (IHtmlFormElement)stale.QuerySelector("#article-form")!, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["Lead"] = NewLead }, "then", "gui-duyet");

        // Both changed the lead: the conflict page, with the typed lead and the workflow button kept.
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Equal(NewLead, ((IHtmlInputElement)page.QuerySelector("#gop-Lead-toi")!).Value);
        Assert.Contains("Chưa gửi duyệt", page.QuerySelector(".merge-conflict .action-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("gui-duyet", ((IHtmlInputElement)page.QuerySelector("#merge-form input[name=then]")!).Value);
        Assert.Equal("Lưu theo lựa chọn và gửi duyệt", page.QuerySelector("#merge-form button[type=submit]")!.TextContent.Trim());
        var after = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(ArticleStatus.Draft, after.Status);
        Assert.Equal("Sapo biên tập viên sửa.", after.Lead);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(factory, id)).Count);

        using var resolved = await reporter.SubmitAsync((IHtmlFormElement)page.QuerySelector("#merge-form")!, AdminArticles.EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var submitted = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(ArticleStatus.Submitted, submitted.Status);
        Assert.Equal(NewLead, submitted.Lead);
    }

    [Fact]
    public async Task SaveAndSubmit_ValidationError_StatusUnchanged_TypedTextInForm()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(reporter, "Bài thiếu tiêu đề khi gửi");
        var before = await AdminArticles.LoadAsync(factory, id);

        using var response = await reporter.SubmitAsync(AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["Title"] = "  ", ["Lead"] = NewLead, ["BodyMarkdown"] = "Đoạn viết thêm chưa lưu." }, "#article-form", "then", "gui-duyet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Equal(NewLead, page.QuerySelector("#article-form textarea[name=Lead]")!.TextContent.Trim());
        Assert.Equal("Đoạn viết thêm chưa lưu.", page.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim());
        Assert.Contains("Hãy nhập tiêu đề.", page.QuerySelector("[data-valmsg-for=Title]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa gửi duyệt", page.QuerySelector(".workflow .error-box")!.TextContent, StringComparison.Ordinal);
        var after = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(ArticleStatus.Draft, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Single(await AdminArticles.RevisionsAsync(factory, id));
    }

    [Fact]
    public async Task SaveAndSendBack_WithoutReason_NothingChanges_TypedBodyInForm()
    {
        var author = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(factory, "Bài chờ trả lại", ArticleStatus.InReview, author.Id);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);

        using var response = await AdminArticles.ActAsync(editor, article.Id, "tra-lai",
            new Dictionary<string, string> { ["BodyMarkdown"] = "Câu biên tập viên sửa.", ["reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Equal("Câu biên tập viên sửa.", page.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim());
        Assert.Contains("hãy ghi lý do trả lại", page.QuerySelector(".workflow .error-box")!.TextContent, StringComparison.Ordinal);
        var after = await AdminArticles.LoadAsync(factory, article.Id);
        Assert.Equal(ArticleStatus.InReview, after.Status);
        Assert.Equal("Nội dung ban đầu.", after.BodyMarkdown);
        Assert.Empty(await AdminArticles.RevisionsAsync(factory, article.Id));
    }

    [Fact]
    public async Task SaveAndSendBack_WithReason_SavesTheEditAndReturnsIt()
    {
        var author = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(factory, "Bài biên tập rồi trả lại", ArticleStatus.InReview, author.Id);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);

        using var response = await AdminArticles.ActAsync(editor, article.Id, "tra-lai",
            new Dictionary<string, string> { ["BodyMarkdown"] = "Câu biên tập viên sửa.", ["reason"] = "Bổ sung số liệu." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AdminArticles.LoadAsync(factory, article.Id);
        Assert.Equal(ArticleStatus.Returned, after.Status);
        Assert.Equal("Câu biên tập viên sửa.", after.BodyMarkdown);
        Assert.Equal("Bổ sung số liệu.", after.ReturnReason);
        Assert.Equal(["Sửa bài: nội dung; Trả lại: Bổ sung số liệu."], (await AdminArticles.RevisionsAsync(factory, article.Id)).Select(r => r.Summary));
    }

    [Fact]
    public async Task SaveAndPublish_NewTitle_IsWhatReadersSee()
    {
        var author = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(factory, "Tiêu đề cũ chờ duyệt", ArticleStatus.InReview, author.Id);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Publisher);

        using var response = await AdminArticles.ActAsync(publisher, article.Id, "xuat-ban",
            new Dictionary<string, string> { ["Title"] = "Tiêu đề người duyệt sửa trước khi đăng" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await AdminArticles.LoadAsync(factory, article.Id);
        Assert.Equal(ArticleStatus.Published, after.Status);
        using var reader = factory.CreateReader();
        var readerPage = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + after.Slug);
        Assert.Equal("Tiêu đề người duyệt sửa trước khi đăng", readerPage.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SaveAndPublish_OwnArticle_NotOffered_AndForgedPostRefusedWithNothingChanged()
    {
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Publisher);
        var id = await AdminArticles.CreateAsync(publisher, "Bài của chính người duyệt");
        var page = await publisher.GetDocumentAsync(AdminArticles.EditUrl(id));
        Assert.Null(page.QuerySelector("button[name=then][value=xuat-ban]"));
        var before = await AdminArticles.LoadAsync(factory, id);

        using var response = await publisher.SubmitAsync(AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = NewLead }, "#article-form", "then", "xuat-ban");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(ArticleStatus.Draft, after.Status);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSubmittedIt_ReporterGetsTheTypedTextBack()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(reporter, "Bài bị gửi duyệt khi đang sửa");
        var stale = await reporter.GetDocumentAsync(AdminArticles.EditUrl(id));
        using (var submitted = await AdminArticles.ActAsync(editor, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using var response = await reporter.SubmitAsync(
            (IHtmlFormElement)stale.QuerySelector("#article-form")!, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = NewLead });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Equal(NewLead, page.QuerySelector("#article-form textarea[name=Lead]")!.TextContent.Trim());
        Assert.Contains("Chờ duyệt", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sapo của bài.", (await AdminArticles.LoadAsync(factory, id)).Lead);
    }

    [Fact]
    public async Task SaveAndAct_UnknownAction_BadRequest()
    {
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Administrator);
        var id = await AdminArticles.CreateAsync(admin, "Bài với thao tác lạ");

        using var response = await admin.SubmitAsync(AdminArticles.EditUrl(id), null, "#article-form", "then", "xoa-vinh-vien");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await AdminArticles.RevisionsAsync(factory, id));
    }
}
