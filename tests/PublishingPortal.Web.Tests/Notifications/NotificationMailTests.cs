using System.Net;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// Issue 11: a transition tells the next desk (or the author) in "Việc của tôi" and by e-mail, delivered to a real SMTP
/// server on 127.0.0.1 and read back with MimeKit; a person who turned e-mail off still sees the notification.
/// </summary>
[Collection(SmtpPortalGroup.Name)]
public sealed class NotificationMailTests
{
    private readonly SmtpPortalFactory _factory;

    public NotificationMailTests(SmtpPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Submit_TellsTheDeskInTheAdminAndByMail_NeverTheReporter()
    {
        var (reporterClient, reporter) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var reporterSession = reporterClient;
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var publisher = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Publisher);
        var article = await AdminArticles.AddAsync(_factory, "Lũ về miền Trung", ArticleStatus.Draft, reporter.Id);

        using (var submitted = await AdminArticles.ActAsync(reporterClient, article.Id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        // "Gửi duyệt" lands in Submitted once the workflow helper's states are merged (InReview before): the desk follows the state.
        var status = (await AdminArticles.LoadAsync(_factory, article.Id)).Status;
        Assert.Contains(status, new[] { ArticleStatus.Submitted, ArticleStatus.InReview });
        var desk = status == ArticleStatus.Submitted ? editor : publisher;
        var mail = await _factory.Smtp.WaitForAsync(desk.Email!, m => (m.Subject ?? "").Contains("Lũ về miền Trung", StringComparison.Ordinal));
        Assert.Equal((status == ArticleStatus.Submitted ? "Bài chờ biên tập: " : "Bài chờ duyệt: ") + "Lũ về miền Trung", mail.Subject);
        Assert.Equal("toasoan@test.local", mail.From.Mailboxes.Single().Address);
        var link = "http://localhost/admin/bai-viet/" + article.Id;
        Assert.Contains(link, mail.TextBody!, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", mail.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains(reporter.DisplayName, mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(_factory.Smtp.To(reporter.Email!));

        using var deskClient = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(deskClient, desk.Email!, StaffAccounts.Password);
        var home = await deskClient.GetDocumentAsync("/admin");
        Assert.Equal("Việc của tôi", home.QuerySelector("h1")!.TextContent);
        Assert.Contains("Lũ về miền Trung", home.QuerySelector("section.waiting")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lũ về miền Trung", home.QuerySelector("section.unread")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector($"section.unread a[href='/admin/bai-viet/{article.Id}']"));
    }

    [Fact]
    public async Task Returned_AuthorSeesTheReasonInMyWork_AndByMail()
    {
        var (client, reporter) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var session = client;
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var article = await AdminArticles.AddAsync(_factory, "Cầu mới khánh thành", ArticleStatus.Submitted, reporter.Id);

        await Commits.CommitAsync(_factory, article.Id, a =>
        {
            a.Status = ArticleStatus.Returned;
            a.ReturnReason = "Thiếu nguồn ảnh.";
        }, new EditorIdentity(editor.Id, editor.DisplayName));

        var home = await client.GetDocumentAsync("/admin");
        var returned = home.QuerySelector("section.returned")!.TextContent;
        Assert.Contains("Cầu mới khánh thành", returned, StringComparison.Ordinal);
        Assert.Contains("Lý do: Thiếu nguồn ảnh.", returned, StringComparison.Ordinal);
        Assert.Contains("Thiếu nguồn ảnh.", home.QuerySelector("section.unread")!.TextContent, StringComparison.Ordinal);

        var mail = await _factory.Smtp.WaitForAsync(reporter.Email!);
        Assert.Equal("Bài bị trả lại: Cầu mới khánh thành", mail.Subject);
        Assert.Contains("Thiếu nguồn ảnh.", mail.TextBody, StringComparison.Ordinal);
        // Made outside a request (as the schedule does): the link takes Site:BaseUrl.
        Assert.Contains("http://localhost:5000/admin/bai-viet/" + article.Id, mail.TextBody, StringComparison.Ordinal);

        // The editor acted: no notification for them about this article.
        var notices = await Commits.ForArticleAsync(_factory, article.Id);
        Assert.Equal(reporter.Id, Assert.Single(notices).RecipientId);
    }

    [Fact]
    public async Task EmailTurnedOff_NoMail_ButTheNotificationIsInTheAdmin()
    {
        var (client, quiet) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using var session = client;
        using (var off = await client.SubmitAsync("/admin/ho-so", new Dictionary<string, string> { ["nhanThu"] = "false" }, "form.email-notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        var profile = await client.GetDocumentAsync("/admin/ho-so");
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)profile.QuerySelector("#nhanThu")!).IsChecked);

        var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (publisherClient, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var publisherSession = publisherClient;
        var mine = await AdminArticles.AddAsync(_factory, "Giá lúa tăng", ArticleStatus.InReview, quiet.Id);
        var theirs = await AdminArticles.AddAsync(_factory, "Giá cà phê giảm", ArticleStatus.InReview, other.Id);
        foreach (var id in new[] { mine.Id, theirs.Id })
        {
            using var published = await AdminArticles.ActAsync(publisherClient, id, "xuat-ban");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        // The other author's mail, written after, has left: the outbox has passed the quiet author's notification.
        var theirMail = await _factory.Smtp.WaitForAsync(other.Email!);
        Assert.Equal("Bài đã xuất bản: Giá cà phê giảm", theirMail.Subject);
        Assert.Empty(_factory.Smtp.To(quiet.Email!));
        var notice = Assert.Single(await Commits.ForArticleAsync(_factory, mine.Id));
        Assert.Equal(NotificationKind.Published, notice.Kind);
        Assert.Null(notice.EmailSentAt);

        var page = await client.GetDocumentAsync("/admin/thong-bao");
        Assert.Contains("Giá lúa tăng", page.QuerySelector(".notification-list")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>Issue 11: an SMTP server that is down never fails a save, and loses no mail: it leaves once the server is back.</summary>
public sealed class NotificationOutboxTests : IClassFixture<DownSmtpPortalFactory>
{
    private readonly DownSmtpPortalFactory _factory;

    public NotificationOutboxTests(DownSmtpPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SmtpDown_TheSaveSucceeds_AndTheMailLeavesWhenTheServerIsBack()
    {
        await _factory.Smtp.StopAsync();
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var (publisherClient, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using var publisherSession = publisherClient;
        var article = await AdminArticles.AddAsync(_factory, "Bão số 5 vào bờ", ArticleStatus.InReview, reporter.Id);

        using (var published = await AdminArticles.ActAsync(publisherClient, article.Id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal(ArticleStatus.Published, (await AdminArticles.LoadAsync(_factory, article.Id)).Status);
        await Commits.WaitUntilAsync(
            async () => (await Commits.ForArticleAsync(_factory, article.Id)).Any(n => n.EmailAttempts >= 1 && n.EmailSentAt == null),
            "a failed attempt while the server is down");

        await _factory.Smtp.StartAsync();
        var mail = await _factory.Smtp.WaitForAsync(reporter.Email!);
        Assert.Equal("Bài đã xuất bản: Bão số 5 vào bờ", mail.Subject);
        await Commits.WaitUntilAsync(
            async () => (await Commits.ForArticleAsync(_factory, article.Id)).Single().EmailSentAt is not null,
            "the notification stamped as mailed");
    }
}
