using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin;

/// <summary>
/// Role × action → allowed or 403, through real HTTP with a real sign-in and antiforgery token.
/// The expectations are the role table of issue #3, written out here by hand (not computed from
/// the code under test): Reporter creates and edits own drafts and submits; Editor edits any draft
/// or submitted article, sends back, submits; Publisher approves, publishes, unpublishes, never own;
/// Administrator all plus users, audit log and purge, and still never approves own work.
/// </summary>
public abstract class RoleMatrixTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const string R = NewsroomRoles.Reporter;
    private const string E = NewsroomRoles.Editor;
    private const string P = NewsroomRoles.Publisher;
    private const string A = NewsroomRoles.Administrator;

    private readonly TFactory _factory;

    protected RoleMatrixTests(TFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(RoleMatrixCases.ArticleActions), MemberType = typeof(RoleMatrixCases))]
    public async Task ArticleAction_ByRole_AllowedOr403(string role, string action, ArticleStatus before, bool own, bool allowed)
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            var other = await StaffAccounts.CreateUserAsync(_factory, R);
            var article = await TestArticles.AddAsync(_factory, $"Ma trận {role} {action} {before}", before, DateTimeOffset.UtcNow.AddHours(-1), authorId: own ? user.Id : other.Id);

            HttpStatusCode status;
            if (action == "edit")
            {
                using var response = await client.Http.GetAsync($"/admin/bai-viet/{article.Id}");
                status = response.StatusCode;
                Assert.True(allowed ? status == HttpStatusCode.OK : status == HttpStatusCode.Forbidden, $"{role} edit {before} own={own}: {(int)status}");
                return;
            }

            var token = await TokenAsync(client);
            using var form = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token),
                new("reason", "Cần bổ sung số liệu."),
            ]);
            using (var response = await client.Http.PostAsync($"/admin/bai-viet/{article.Id}/{action}", form))
            {
                status = response.StatusCode;
            }

            var exists = await _factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id));
            var after = exists
                ? await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync())
                : (ArticleStatus?)null;
            if (allowed)
            {
                Assert.True(status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{role} {action} {before} own={own}: expected a redirect, got {(int)status}");
                Assert.NotEqual(before, after);
            }
            else
            {
                Assert.True(status == HttpStatusCode.Forbidden, $"{role} {action} {before} own={own}: expected 403, got {(int)status}");
                Assert.Equal(before, after);
            }
        }
    }

    [Theory]
    [InlineData(R, false)]
    [InlineData(E, false)]
    [InlineData(P, false)]
    [InlineData(A, true)]
    public async Task AdministrationPages_ByRole_AllowedOr403(string role, bool allowed)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            foreach (var url in new[] { "/admin/tai-khoan", "/admin/tai-khoan/tao-moi", "/admin/nhat-ky" })
            {
                using var response = await client.Http.GetAsync(url);
                Assert.True(
                    allowed ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.Forbidden,
                    $"{role} GET {url}: {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData(R)]
    [InlineData(E)]
    [InlineData(P)]
    [InlineData(A)]
    public async Task CreateArticle_EveryRole_Allowed(string role)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            using var response = await client.Http.GetAsync("/admin/bai-viet/tao-moi");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Admin_SignedInWithoutRole_403()
    {
        // An account with no newsroom role (e.g. all roles removed) can sign in but reach nothing.
        var user = await StaffAccounts.CreateUserAsync(_factory, R);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PublishingPortal.Data.Identity.PortalUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            await users.RemoveFromRoleAsync(stored!, R);
        }

        using var client = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);

        using var response = await client.Http.GetAsync("/admin/bai-viet");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<string> TokenAsync(BrowserLikeClient client)
    {
        var page = await client.GetDocumentAsync("/admin");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}

/// <summary>The tests of <see cref="RoleMatrixTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class RoleMatrixTests(EmptyPortalFactory factory) : RoleMatrixTests<EmptyPortalFactory>(factory);

/// <summary>The expected role table of <see cref="RoleMatrixTests{TFactory}"/>, outside the generic class (CA1000).</summary>
public static class RoleMatrixCases
{
    private const string R = NewsroomRoles.Reporter;
    private const string E = NewsroomRoles.Editor;
    private const string P = NewsroomRoles.Publisher;
    private const string A = NewsroomRoles.Administrator;

    public static TheoryData<string, string, ArticleStatus, bool, bool> ArticleActions => new()
    {
        // role, action, state before, own article, allowed
        { R, "edit", ArticleStatus.Draft, true, true },
        { R, "edit", ArticleStatus.Draft, false, false },
        { R, "edit", ArticleStatus.InReview, true, false },
        { R, "edit", ArticleStatus.Returned, true, true },
        { R, "edit", ArticleStatus.Submitted, true, false },
        { R, "gui-duyet", ArticleStatus.Returned, true, true },
        { R, "chuyen-duyet", ArticleStatus.Submitted, true, false },
        { R, "gui-duyet", ArticleStatus.Draft, true, true },
        { R, "gui-duyet", ArticleStatus.Draft, false, false },
        { R, "tra-lai", ArticleStatus.InReview, false, false },
        { R, "xuat-ban", ArticleStatus.InReview, false, false },
        { R, "go-xuong", ArticleStatus.Published, false, false },
        { R, "thung-rac", ArticleStatus.Draft, true, true },
        { R, "thung-rac", ArticleStatus.Draft, false, false },
        { R, "xoa-vinh-vien", ArticleStatus.Trashed, true, false },

        { E, "edit", ArticleStatus.Draft, false, true },
        { E, "edit", ArticleStatus.InReview, false, true },
        // Issue 11: an editor corrects live articles too (the correction waits for a publisher).
        { E, "edit", ArticleStatus.Published, false, true },
        { E, "edit", ArticleStatus.Submitted, false, true },
        { E, "gui-duyet", ArticleStatus.Draft, false, true },
        { E, "chuyen-duyet", ArticleStatus.Submitted, false, true },
        { E, "chuyen-duyet", ArticleStatus.Submitted, true, true },
        { E, "tra-lai", ArticleStatus.Submitted, false, true },
        { E, "tra-lai", ArticleStatus.InReview, false, true },
        { E, "xuat-ban", ArticleStatus.Submitted, false, false },
        { E, "thung-rac", ArticleStatus.Published, false, false },
        { E, "xuat-ban", ArticleStatus.InReview, false, false },
        { E, "go-xuong", ArticleStatus.Published, false, false },
        { E, "thung-rac", ArticleStatus.InReview, false, true },
        { E, "khoi-phuc", ArticleStatus.Trashed, false, true },
        { E, "xoa-vinh-vien", ArticleStatus.Trashed, false, false },

        { P, "edit", ArticleStatus.Published, false, true },
        { P, "tra-lai", ArticleStatus.InReview, false, true },
        { P, "xuat-ban", ArticleStatus.InReview, false, true },
        { P, "xuat-ban", ArticleStatus.InReview, true, false },
        { P, "xuat-ban", ArticleStatus.Submitted, false, true },
        { P, "xuat-ban", ArticleStatus.Returned, false, true },
        { P, "chuyen-duyet", ArticleStatus.Submitted, false, true },
        { P, "go-xuong", ArticleStatus.Published, false, true },
        { P, "thung-rac", ArticleStatus.Published, false, true },
        { P, "xoa-vinh-vien", ArticleStatus.Trashed, false, false },

        { A, "edit", ArticleStatus.Published, false, true },
        { A, "xuat-ban", ArticleStatus.InReview, false, true },
        { A, "xuat-ban", ArticleStatus.InReview, true, false },
        { A, "go-xuong", ArticleStatus.Published, false, true },
        { A, "xoa-vinh-vien", ArticleStatus.Trashed, false, true },
    };
}
