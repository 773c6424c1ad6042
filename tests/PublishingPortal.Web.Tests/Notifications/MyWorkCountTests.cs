using System.Net;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// Issue 11: the admin header's count (unread notifications + what waits for me), in text, and "Đánh dấu đã đọc"; my
/// own returned article counts for me; another account's notification cannot be marked read.
/// </summary>
public sealed class MyWorkCountTests : IClassFixture<QuietPortalFactory>
{
    private readonly QuietPortalFactory _factory;

    public MyWorkCountTests(QuietPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task HeaderCount_IsWaitingPlusUnread_AndMarkingReadLowersIt()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var session = client;

        // Other tests of this class leave Submitted articles of their own: count from what is there now.
        var before = int.Parse((await client.GetDocumentAsync("/admin")).QuerySelector(".my-work-link")!.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        await AdminArticles.AddAsync(_factory, "Chờ một", ArticleStatus.Submitted, reporter.Id);
        await AdminArticles.AddAsync(_factory, "Chờ hai", ArticleStatus.Submitted, reporter.Id);
        await AdminArticles.AddAsync(_factory, "Đang chờ duyệt, không phải việc biên tập", ArticleStatus.InReview, reporter.Id);
        var sent = await AdminArticles.AddAsync(_factory, "Vừa gửi", ArticleStatus.Draft, reporter.Id);
        await Commits.CommitAsync(_factory, sent.Id, a => a.Status = ArticleStatus.Submitted, new EditorIdentity(reporter.Id, reporter.DisplayName));

        var home = await client.GetDocumentAsync("/admin/bai-viet");
        var badge = home.QuerySelector(".admin-header .my-work-link")!;
        var expected = (before + 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, badge.GetAttribute("data-count"));
        Assert.Equal(expected, badge.QuerySelector(".my-work-count")!.TextContent);
        Assert.Contains($"{before + 3} việc đang chờ, 1 thông báo chưa đọc", badge.TextContent, StringComparison.Ordinal);

        using (var read = await client.SubmitAsync("/admin", null, "section.unread li form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
            Assert.Equal("/admin", read.Headers.Location!.OriginalString);
        }

        var after = await client.GetDocumentAsync("/admin");
        Assert.Equal((before + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), after.QuerySelector(".admin-header .my-work-link")!.GetAttribute("data-count"));
        Assert.Equal("Không có thông báo mới.", after.QuerySelector("section.unread p")!.TextContent);
        var list = await client.GetDocumentAsync("/admin/thong-bao");
        Assert.Contains("Đã đọc:", list.QuerySelector(".notification-list li.read")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyReturnedArticle_CountsForMe_AndSomeoneElsesNotificationCannotBeMarked()
    {
        var (client, reporter) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var session = client;
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var mine = await AdminArticles.AddAsync(_factory, "Bài của tôi bị trả", ArticleStatus.Submitted, reporter.Id);
        await Commits.CommitAsync(_factory, mine.Id, a =>
        {
            a.Status = ArticleStatus.Returned;
            a.ReturnReason = "Viết lại đoạn đầu.";
        }, new EditorIdentity(editor.Id, editor.DisplayName));

        var home = await client.GetDocumentAsync("/admin");
        Assert.Equal("2", home.QuerySelector(".my-work-link")!.GetAttribute("data-count"));

        // An editor's notification id, posted by the reporter: not theirs, nothing marked.
        var theirs = await AdminArticles.AddAsync(_factory, "Bài gửi biên tập", ArticleStatus.Draft, reporter.Id);
        await Commits.CommitAsync(_factory, theirs.Id, a => a.Status = ArticleStatus.Submitted, new EditorIdentity(reporter.Id, reporter.DisplayName));
        var editorsNotice = (await Commits.ForArticleAsync(_factory, theirs.Id)).First(n => n.RecipientId == editor.Id);
        using var refused = await AdminArticles.PostWithTokenAsync(client, "/admin/thong-bao/" + editorsNotice.Id + "/da-doc");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null((await Commits.ForArticleAsync(_factory, theirs.Id)).First(n => n.Id == editorsNotice.Id).ReadAt);
    }
}
