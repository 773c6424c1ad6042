using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>Issue 11: who each transition tells, written by <c>ArticleCommit</c> with the change; never the person who acted.</summary>
[Collection(SmtpPortalGroup.Name)]
public sealed class ArticleNoticesTests
{
    private readonly SmtpPortalFactory _factory;

    public ArticleNoticesTests(SmtpPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Submitted_TellsEveryEditorButTheOneWhoSubmitted()
    {
        var acting = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var article = await AdminArticles.AddAsync(_factory, "Tin biên tập tự gửi", ArticleStatus.Draft, acting.Id);

        await Commits.CommitAsync(_factory, article.Id, a => a.Status = ArticleStatus.Submitted, new EditorIdentity(acting.Id, acting.DisplayName));

        var notices = await Commits.ForArticleAsync(_factory, article.Id);
        Assert.Contains(notices, n => n.RecipientId == other.Id);
        Assert.DoesNotContain(notices, n => n.RecipientId == acting.Id);
        Assert.All(notices, n => Assert.Equal(NotificationKind.Submitted, n.Kind));
        Assert.All(notices, n => Assert.Equal($"Bài “Tin biên tập tự gửi” chờ biên tập (gửi bởi {acting.DisplayName}).", n.Text));
        Assert.All(notices, n => Assert.Null(n.ReadAt));
    }

    [Fact]
    public async Task InReview_TellsThePublishers_NotTheEditors()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var publisher = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Publisher);
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Tin chuyển duyệt", ArticleStatus.Submitted, reporter.Id);

        await Commits.CommitAsync(_factory, article.Id, a => a.Status = ArticleStatus.InReview, new EditorIdentity(editor.Id, editor.DisplayName));

        var notices = await Commits.ForArticleAsync(_factory, article.Id);
        Assert.Contains(notices, n => n.RecipientId == publisher.Id && n.Kind == NotificationKind.InReview);
        Assert.DoesNotContain(notices, n => n.RecipientId == editor.Id || n.RecipientId == reporter.Id);
    }

    [Fact]
    public async Task ScheduledThenPublishedByTheSchedule_TellsTheAuthorTwice_InTheScheduleWords()
    {
        var publisher = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Publisher);
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Tin hẹn giờ", ArticleStatus.InReview, reporter.Id);

        await Commits.CommitAsync(_factory, article.Id, a =>
        {
            a.Status = ArticleStatus.Scheduled;
            a.PublishedAt = new DateTimeOffset(2030, 1, 2, 1, 30, 0, TimeSpan.Zero);
        }, new EditorIdentity(publisher.Id, publisher.DisplayName));
        await Commits.CommitAsync(_factory, article.Id, a => a.Status = ArticleStatus.Published, EditorIdentity.Schedule);

        var notices = await Commits.ForArticleAsync(_factory, article.Id);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal(reporter.Id, n.RecipientId));
        Assert.Equal(NotificationKind.Scheduled, notices[0].Kind);
        Assert.Contains("02/01/2030 08:30", notices[0].Text, StringComparison.Ordinal);
        Assert.Equal(NotificationKind.PublishedOnSchedule, notices[1].Kind);
        Assert.Equal("Đến giờ hẹn, bài đã xuất bản: “Tin hẹn giờ”.", notices[1].Text);
        Assert.Equal("http://localhost:5000/admin/bai-viet/" + article.Id, notices[1].Link);
    }

    [Fact]
    public async Task ASaveWithoutAStateChange_TellsNobody()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Tin chỉ sửa chữ", ArticleStatus.Submitted, reporter.Id);

        await Commits.CommitAsync(_factory, article.Id, a => a.Lead = "Sapo mới.", new EditorIdentity(editor.Id, editor.DisplayName));

        Assert.Empty(await Commits.ForArticleAsync(_factory, article.Id));
    }
}

/// <summary>Issue 11: a newsroom without an Editor account still has someone on the desk: Submitted goes to the publishers.</summary>
public sealed class DeskFallbackTests : IClassFixture<QuietPortalFactory>
{
    private readonly QuietPortalFactory _factory;

    public DeskFallbackTests(QuietPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SubmittedWithoutEditors_TellsThePublishers_AndIsOnTheirDesk()
    {
        var (client, publisher) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var session = client;
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(_factory, "Tin không có biên tập", ArticleStatus.Draft, reporter.Id);

        await Commits.CommitAsync(_factory, article.Id, a => a.Status = ArticleStatus.Submitted, new EditorIdentity(reporter.Id, reporter.DisplayName));

        var notice = Assert.Single(await Commits.ForArticleAsync(_factory, article.Id));
        Assert.Equal(publisher.Id, notice.RecipientId);
        var home = await client.GetDocumentAsync("/admin");
        Assert.Contains("Tin không có biên tập", home.QuerySelector("section.waiting")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chờ biên tập", home.QuerySelector("table.waiting-groups")!.TextContent, StringComparison.Ordinal);
    }
}
