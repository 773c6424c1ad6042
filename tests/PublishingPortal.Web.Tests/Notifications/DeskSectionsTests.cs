using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// Issue 11: per-section rights narrow the desks. An editor limited to section B is neither told about nor shown (in
/// "Việc của tôi" and the header count) an article submitted in section A; one limited to A's parent is, as is an
/// unlimited editor; an article without a section reaches only unlimited accounts.
/// </summary>
[Collection(SmtpPortalGroup.Name)]
public sealed class DeskSectionsTests
{
    private readonly SmtpPortalFactory _factory;

    public DeskSectionsTests(SmtpPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Submitted_ReachesOnlyEditorsWhoMayEditItsSection()
    {
        var (parent, child, other) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var unlimited = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var (limitedClient, limited) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using var limitedSession = limitedClient;
        var viaParent = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        await GrantAsync(limited.Id, SectionRight.Edit, other);
        await GrantAsync(viaParent.Id, SectionRight.Edit, parent);
        var countBefore = await CountAsync(limitedClient);

        var inChild = await AdminArticles.AddAsync(_factory, "Tin ở mục con " + Guid.NewGuid().ToString("N")[..6], ArticleStatus.Draft, reporter.Id);
        await Commits.CommitAsync(_factory, inChild.Id, a =>
        {
            a.CategoryId = child;
            a.Status = ArticleStatus.Submitted;
        }, new EditorIdentity(reporter.Id, reporter.DisplayName));
        var withoutSection = await AdminArticles.AddAsync(_factory, "Tin không chuyên mục " + Guid.NewGuid().ToString("N")[..6], ArticleStatus.Draft, reporter.Id);
        await Commits.CommitAsync(_factory, withoutSection.Id, a => a.Status = ArticleStatus.Submitted, new EditorIdentity(reporter.Id, reporter.DisplayName));

        var toChild = (await Commits.ForArticleAsync(_factory, inChild.Id)).Select(n => n.RecipientId).ToList();
        Assert.Contains(unlimited.Id, toChild);
        Assert.Contains(viaParent.Id, toChild);
        Assert.DoesNotContain(limited.Id, toChild);
        var toNone = (await Commits.ForArticleAsync(_factory, withoutSection.Id)).Select(n => n.RecipientId).ToList();
        Assert.Contains(unlimited.Id, toNone);
        Assert.DoesNotContain(viaParent.Id, toNone);
        Assert.DoesNotContain(limited.Id, toNone);

        // Nothing new waits for the editor limited to the other section; one article there does.
        Assert.Equal(countBefore, await CountAsync(limitedClient));
        var home = await limitedClient.GetDocumentAsync("/admin");
        Assert.DoesNotContain(inChild.Title, home.QuerySelector("section.waiting")!.TextContent, StringComparison.Ordinal);
        var inOther = await AdminArticles.AddAsync(_factory, "Tin ở mục được giao " + Guid.NewGuid().ToString("N")[..6], ArticleStatus.Draft, reporter.Id);
        await Commits.CommitAsync(_factory, inOther.Id, a =>
        {
            a.CategoryId = other;
            a.Status = ArticleStatus.Submitted;
        }, new EditorIdentity(reporter.Id, reporter.DisplayName));
        Assert.Equal(countBefore + 2, await CountAsync(limitedClient)); // the article waits, and its notification is unread
        Assert.Contains(inOther.Title, (await limitedClient.GetDocumentAsync("/admin")).QuerySelector("section.waiting")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(BrowserLikeClient client) =>
        int.Parse((await client.GetDocumentAsync("/admin")).QuerySelector(".my-work-link")!.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);

    private Task<int> GrantAsync(string userId, SectionRight right, int section) =>
        _factory.WithDbAsync(db =>
        {
            db.SectionGrants.Add(new SectionGrant { UserId = userId, Right = right, CategoryId = section });
            return db.SaveChangesAsync();
        });
}
