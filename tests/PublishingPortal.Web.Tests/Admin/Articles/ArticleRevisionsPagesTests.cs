using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

public sealed class ArticleRevisionsPagesTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public ArticleRevisionsPagesTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Revisions_ListShowsWhoWhenWhat()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài có lịch sử");
        using (await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["Lead"] = "Sapo mới." }))
        {
        }

        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id) + "/phien-ban");

        var rows = page.QuerySelectorAll("table.revisions tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("2", rows[0].GetAttribute("data-revision"));
        Assert.Contains(user.DisplayName, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("sapo", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", rows[0].QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task Compare_SideBySideAndInline_MarkInsertedAndDeletedLines()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài để so sánh", "Dòng giữ nguyên.\nDòng sẽ bị xoá.");
        using (await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["BodyMarkdown"] = "Dòng giữ nguyên.\nDòng mới thêm vào." }))
        {
        }

        var url = AdminArticles.EditUrl(id) + "/phien-ban/so-sanh?tu=1&den=2";
        var sideBySide = await client.GetDocumentAsync(url + "&kieu=song-song");
        var inline = await client.GetDocumentAsync(url + "&kieu=noi-dong");

        var table = sideBySide.QuerySelector("table.diff.side-by-side")!;
        Assert.Contains(table.QuerySelectorAll(".deleted, .modified"), c => c.TextContent.Contains("Dòng sẽ bị xoá.", StringComparison.Ordinal));
        Assert.Contains(table.QuerySelectorAll(".inserted, .modified"), c => c.TextContent.Contains("Dòng mới thêm vào.", StringComparison.Ordinal));
        Assert.Contains(table.QuerySelectorAll("td"), c => c.ClassList.Contains("unchanged") && c.TextContent == "Dòng giữ nguyên.");
        var lines = inline.QuerySelectorAll("table.diff.inline tr");
        Assert.Contains(lines, r => r.ClassList.Contains("deleted") && r.TextContent.Contains("Dòng sẽ bị xoá.", StringComparison.Ordinal));
        Assert.Contains(lines, r => r.ClassList.Contains("inserted") && r.TextContent.Contains("Dòng mới thêm vào.", StringComparison.Ordinal));
        Assert.Contains(lines, r => r.ClassList.Contains("unchanged") && r.TextContent.Contains("Dòng giữ nguyên.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?tu=abc&den=-1")]
    [InlineData("?tu=1&den=999")]
    [InlineData("?kieu=%3Cscript%3E")]
    public async Task Compare_BadNumbers_NeverAServerError(string query)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(client, "Bài so sánh sai số");

        using var response = await client.Http.GetAsync(AdminArticles.EditUrl(id) + "/phien-ban/so-sanh" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task Restore_OldRevision_BecomesNewRevisionWithOldText_AndIsAudited()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Tiêu đề ban đầu", "Văn bản ban đầu.");
        using (await AdminArticles.SaveAsync(client, id, new Dictionary<string, string> { ["Title"] = "Tiêu đề sửa sai", ["BodyMarkdown"] = "Văn bản sửa sai." }))
        {
        }

        using var response = await client.SubmitAsync(
            AdminArticles.EditUrl(id) + "/phien-ban", null, $"form[action='{AdminArticles.EditUrl(id)}/phien-ban/1/khoi-phuc']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal("Tiêu đề ban đầu", article.Title);
        Assert.Equal("Văn bản ban đầu.", article.BodyMarkdown);
        Assert.Contains("Văn bản ban đầu.", article.BodyHtml, StringComparison.Ordinal);
        var revisions = await AdminArticles.RevisionsAsync(_factory, id);
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number).ToArray());
        Assert.Equal("Văn bản sửa sai.", revisions[1].BodyMarkdown);
        Assert.Equal("Văn bản ban đầu.", revisions[2].BodyMarkdown);
        Assert.Equal("Khôi phục phiên bản 1", revisions[2].Summary);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.RevisionRestored && e.Target == "Article:" + id));
        Assert.Equal(user.Id, audit.UserId);
    }

    [Fact]
    public async Task Restore_WithoutEditRight_Is403_ButTheListIsOpenToTheNewsroom()
    {
        var author = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Bài đã đăng có phiên bản", ArticleStatus.Published, author.Id);
        await _factory.WithDbAsync(async db =>
        {
            db.ArticleRevisions.Add(ArticleRevision.Of(article, 1, author.Id, "Tác giả", "Tạo bài", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);

        var list = await reporter.GetDocumentAsync(AdminArticles.EditUrl(article.Id) + "/phien-ban");
        using var restore = await AdminArticles.PostWithTokenAsync(reporter, AdminArticles.EditUrl(article.Id) + "/phien-ban/1/khoi-phuc");
        // Issue 11: an editor may correct a live article, but only as a correction waiting for a publisher, never by restoring a revision.
        var editorList = await editor.GetDocumentAsync(AdminArticles.EditUrl(article.Id) + "/phien-ban");
        using var editorRestore = await AdminArticles.PostWithTokenAsync(editor, AdminArticles.EditUrl(article.Id) + "/phien-ban/1/khoi-phuc");

        Assert.Null(list.QuerySelector("form.restore-revision"));
        Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        Assert.Null(editorList.QuerySelector("form.restore-revision"));
        Assert.Equal(HttpStatusCode.Redirect, editorRestore.StatusCode);
        Assert.Single(await AdminArticles.RevisionsAsync(_factory, article.Id));
    }
}
