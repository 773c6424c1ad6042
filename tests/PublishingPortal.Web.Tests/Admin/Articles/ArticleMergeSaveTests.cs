using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// Issue 10, "conflicts merge where they can": two people edit the same article from the same version; the later save
/// merges on the revision its form started from and says so, or shows the conflict page for the fields both changed.
/// </summary>
public abstract class ArticleMergeSaveTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const string Body = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.";

    private readonly TFactory _factory;

    protected ArticleMergeSaveTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task StaleSave_DifferentFields_MergedInOneRevision_AuditEntry_MessageNamesTheirField()
    {
        var (first, firstUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Mùa nước nổi", Body);
        var (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        Assert.Equal("1", ((IHtmlInputElement)secondForm.QuerySelector("input[name=BaseRevision]")!).Value);

        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Title"] = "Mùa nước nổi về sớm" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var merged = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = "Sapo của người thứ hai." });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Mùa nước nổi về sớm", article.Title);
        Assert.Equal("Sapo của người thứ hai.", article.Lead);
        var revisions = await AdminArticles.RevisionsAsync(_factory, id);
        Assert.Equal(3, revisions.Count);
        Assert.Equal("Sửa bài: sapo (gộp với phiên bản 2 của " + firstUser.DisplayName + ")", revisions[2].Summary);
        Assert.Equal("Mùa nước nổi về sớm", revisions[2].Title);
        var entries = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Target == "Article:" + id && e.Action == AuditActions.ArticleSaved).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Contains("gộp với phiên bản 2", entries[1], StringComparison.Ordinal);
        var page = await second.GetDocumentAsync(AdminArticles.EditUrl(id));
        var flash = page.QuerySelector(".flash")!.TextContent;
        Assert.Matches("Đã gộp với thay đổi của " + firstUser.DisplayName + @" lúc \d\d:\d\d: Tiêu đề\.", flash);
        Assert.Equal("3", ((IHtmlInputElement)page.QuerySelector("#article-form input[name=BaseRevision]")!).Value);
    }

    [Fact]
    public async Task StaleSave_DifferentParagraphsOfTheBody_Merged_MessageNamesTheParagraph()
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Cầu mới qua sông", Body);
        var (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["BodyMarkdown"] = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba, người thứ nhất sửa." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var merged = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["BodyMarkdown"] = "Đoạn một, người thứ hai sửa.\n\nĐoạn hai.\n\nĐoạn ba." });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Đoạn một, người thứ hai sửa.\n\nĐoạn hai.\n\nĐoạn ba, người thứ nhất sửa.", article.BodyMarkdown);
        Assert.Contains("người thứ nhất sửa", article.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(3, (await AdminArticles.RevisionsAsync(_factory, id)).Count);
        var flash = (await second.GetDocumentAsync(AdminArticles.EditUrl(id))).QuerySelector(".flash")!.TextContent;
        Assert.Contains(": đoạn 3 của nội dung.", flash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleSave_SameField_ConflictPageListsOnlyThatField_NothingSaved()
    {
        var (first, firstUser) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Giá lúa tăng", Body);
        var (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = "Sapo thứ nhất." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var before = await AdminArticles.LoadAsync(_factory, id);
        using var response = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["Lead"] = "Sapo thứ hai.", ["Source"] = "Nguồn thứ hai" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.Contains(firstUser.DisplayName, page.QuerySelector(".merge-conflict h2")!.TextContent, StringComparison.Ordinal);
        var field = Assert.Single(page.QuerySelectorAll("#merge-form fieldset"));
        Assert.Equal("Sapo", field.QuerySelector("legend")!.TextContent.Trim());
        Assert.Contains("Sapo thứ hai.", field.QuerySelector(".merge-mine")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sapo thứ nhất.", field.QuerySelector(".merge-theirs")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(field.QuerySelector(".merge-mine ins, .merge-theirs del"));
        foreach (var radio in field.QuerySelectorAll("input[type=radio]"))
        {
            Assert.NotNull(field.QuerySelector($"label[for='{radio.Id}']"));
        }

        Assert.Equal("Nguồn thứ hai", ((IHtmlInputElement)page.QuerySelector("#merge-form input[type=hidden][name=Source]")!).Value);
        Assert.Contains("Sapo thứ hai.", page.QuerySelector(".merge-yours pre")!.TextContent, StringComparison.Ordinal);
        var after = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal("Sapo thứ nhất.", after.Lead);
        Assert.Null(after.Source);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(_factory, id)).Count);
    }

    [Fact]
    public async Task ConflictPage_KeepMineForOneField_TakeTheirsForAnother_SavesExactlyThat()
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Lễ hội chè", Body);
        var (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id), new Dictionary<string, string>
        {
            ["Title"] = "Lễ hội chè (người thứ nhất)",
            ["Lead"] = "Sapo người thứ nhất.",
            ["BodyMarkdown"] = "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba của người thứ nhất.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id), new Dictionary<string, string>
        {
            ["Title"] = "Lễ hội chè (người thứ hai)",
            ["Lead"] = "Sapo người thứ hai.",
            ["Byline"] = "Người thứ hai",
            ["BodyMarkdown"] = "Đoạn một của người thứ hai.\n\nĐoạn hai.\n\nĐoạn ba của người thứ hai.",
        });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AdminArticles.ParseAsync(conflict);
        Assert.Equal(["Tiêu đề", "Sapo", "Nội dung"], page.QuerySelectorAll("#merge-form legend").Select(l => l.TextContent.Trim()));
        var body = page.QuerySelector("#gop-BodyMarkdown")!;
        Assert.DoesNotContain("Đoạn hai.", body.QuerySelector(".merge-mine")!.TextContent, StringComparison.Ordinal); // only the conflicting paragraph
        Choose(page, "Lead", mine: false);
        Choose(page, "BodyMarkdown", mine: false);

        using var resolved = await second.SubmitAsync((IHtmlFormElement)page.QuerySelector("#merge-form")!, AdminArticles.EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Lễ hội chè (người thứ hai)", article.Title);
        Assert.Equal("Sapo người thứ nhất.", article.Lead);
        Assert.Equal("Người thứ hai", article.Byline);
        // Their paragraph 3 chosen; the second person's paragraph 1, which nobody else touched, merged.
        Assert.Equal("Đoạn một của người thứ hai.\n\nĐoạn hai.\n\nĐoạn ba của người thứ nhất.", article.BodyMarkdown);
        Assert.Equal(3, (await AdminArticles.RevisionsAsync(_factory, id)).Count);
    }

    [Fact]
    public async Task ConflictPage_PostedAfterYetAnotherSave_ConflictsAgain_NothingLost()
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Đường liên xã", Body);
        var secondForm = await FormAsync(second, id);
        using (var saved = await AdminArticles.SaveAsync(first, id, new Dictionary<string, string> { ["Lead"] = "Sapo A1." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = "Sapo B." });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AdminArticles.ParseAsync(conflict);
        using (var again = await AdminArticles.SaveAsync(first, id, new Dictionary<string, string> { ["Lead"] = "Sapo A2.", ["Source"] = "Nguồn A2" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        using var second409 = await second.SubmitAsync((IHtmlFormElement)page.QuerySelector("#merge-form")!, AdminArticles.EditUrl(id));

        Assert.Equal(HttpStatusCode.Conflict, second409.StatusCode);
        var next = await AdminArticles.ParseAsync(second409);
        Assert.Equal("Sapo B.", ((IHtmlInputElement)next.QuerySelector("#gop-Lead-toi")!).Value);
        Assert.Equal("Sapo A2.", ((IHtmlInputElement)next.QuerySelector("#gop-Lead-ho")!).Value);
        Assert.Equal("Nguồn A2", ((IHtmlInputElement)next.QuerySelector("#merge-form input[type=hidden][name=Source]")!).Value);
        Assert.Equal("Sapo A2.", (await AdminArticles.LoadAsync(_factory, id)).Lead);
        Assert.Equal(3, (await AdminArticles.RevisionsAsync(_factory, id)).Count);

        using var kept = await second.SubmitAsync((IHtmlFormElement)next.QuerySelector("#merge-form")!, AdminArticles.EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Sapo B.", article.Lead);
        Assert.Equal("Nguồn A2", article.Source);
    }

    [Fact]
    public async Task StaleSaveAndSubmit_Merged_SubmittedVersionHasBothChanges()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(reporter, "Trường mới khai giảng", Body);
        var stale = await FormAsync(reporter, id);
        using (var saved = await AdminArticles.SaveAsync(editor, id, new Dictionary<string, string> { ["Title"] = "Trường mới khai giảng năm học" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var response = await reporter.SubmitAsync(stale, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["Lead"] = "Sapo phóng viên thêm." }, "then", "gui-duyet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Submitted, article.Status);
        var revisions = await AdminArticles.RevisionsAsync(_factory, id);
        Assert.Equal(3, revisions.Count);
        Assert.StartsWith("Sửa bài: sapo; Gửi duyệt (gộp với phiên bản 2", revisions[2].Summary, StringComparison.Ordinal);
        Assert.Equal("Trường mới khai giảng năm học", revisions[2].Title);
        Assert.Equal("Sapo phóng viên thêm.", revisions[2].Lead);
    }

    [Fact]
    public async Task StaleSave_Times_MergeOnTheTimesTheFormShowed_SameTimeChangedTwiceConflicts()
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Hội chợ xuân", Body, new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2030-01-10T08:00" });
        var (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        Assert.Equal("2030-01-10T08:00", ((IHtmlInputElement)secondForm.QuerySelector("input[name=BasePublishAt]")!).Value);
        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["ExpiresAt"] = "2030-03-01T00:00" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // The second form still shows no expiry, as it started: the first person's expiry is kept.
        using (var merged = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Lead"] = "Sapo sửa sau." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        }

        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Sapo sửa sau.", article.Lead);
        Assert.Equal(new DateTimeOffset(2030, 2, 28, 17, 0, 0, TimeSpan.Zero), article.ExpiresAt);

        (firstForm, secondForm) = (await FormAsync(first, id), await FormAsync(second, id));
        using (var saved = await first.SubmitAsync(firstForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2030-01-11T08:00" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["PublishMode"] = "hen-gio", ["PublishAt"] = "2030-01-12T08:00" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AdminArticles.ParseAsync(conflict);
        var field = Assert.Single(page.QuerySelectorAll("#merge-form fieldset"));
        Assert.Equal("Thời gian xuất bản", field.QuerySelector("legend")!.TextContent.Trim());
        Assert.Contains("11/01/2030 08:00", field.QuerySelector(".merge-theirs")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2030-01-12T08:00", ((IHtmlInputElement)field.QuerySelector("#gop-PublishAt-toi")!).Value);
        Assert.Equal(new DateTimeOffset(2030, 1, 11, 1, 0, 0, TimeSpan.Zero), (await AdminArticles.LoadAsync(_factory, id)).PublishedAt);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("")]
    public async Task StaleSave_ForgedOrUnknownBase_RefusedSafely_TextKeptInTheForm(string forged)
    {
        var (first, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var (second, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(first, "Chợ phiên vùng cao", Body);
        var secondForm = await FormAsync(second, id);
        using (var saved = await AdminArticles.SaveAsync(first, id, new Dictionary<string, string> { ["Title"] = "Chợ phiên vùng cao mùa xuân" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var response = await second.SubmitAsync(secondForm, AdminArticles.EditUrl(id),
            new Dictionary<string, string> { ["Lead"] = "Sapo chưa lưu.", ["BaseRevision"] = forged });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AdminArticles.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".conflict table.diff"));
        Assert.Equal("Sapo chưa lưu.", page.QuerySelector("#article-form textarea[name=Lead]")!.TextContent.Trim());
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Chợ phiên vùng cao mùa xuân", article.Title);
        Assert.Equal("Sapo của bài.", article.Lead);
        Assert.Equal(2, (await AdminArticles.RevisionsAsync(_factory, id)).Count);
    }

    private static async Task<IHtmlFormElement> FormAsync(BrowserLikeClient client, int id) =>
        (IHtmlFormElement)(await client.GetDocumentAsync(AdminArticles.EditUrl(id))).QuerySelector("#article-form")!;

    private static void Choose(AngleSharp.Dom.IDocument page, string field, bool mine)
    {
        ((IHtmlInputElement)page.QuerySelector($"#gop-{field}-toi")!).IsChecked = mine;
        ((IHtmlInputElement)page.QuerySelector($"#gop-{field}-ho")!).IsChecked = !mine;
    }
}

/// <summary>The tests of <see cref="ArticleMergeSaveTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class ArticleMergeSaveTests(EmptyPortalFactory factory) : ArticleMergeSaveTests<EmptyPortalFactory>(factory);
