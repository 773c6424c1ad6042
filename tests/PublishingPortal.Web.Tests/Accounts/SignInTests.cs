using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Controllers;

namespace PublishingPortal.Web.Tests.Accounts;

public abstract class SignInTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SignInTests(TFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SignIn_RealFormWithToken_ReachesAdminAndIsAudited()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using var client = StaffAccounts.CreateClient(_factory);

        using var response = await client.SubmitAsync("/dang-nhap?returnUrl=%2Fadmin", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        var admin = await client.GetDocumentAsync("/admin");
        Assert.Contains(user.Email!, admin.QuerySelector(".who")!.TextContent, StringComparison.Ordinal);
        var audited = await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignIn && e.UserId == user.Id));
        Assert.True(audited);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Refused()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using var client = StaffAccounts.CreateClient(_factory);
        using var form = new FormUrlEncodedContent([new("Email", user.Email!), new("Password", StaffAccounts.Password)]);

        using var response = await client.Http.PostAsync("/dang-nhap", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var admin = await client.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAccountAndWrongPassword_SameMessage()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        using var client = StaffAccounts.CreateClient(_factory);

        using var wrong = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "sai-mat-khau-123" });
        using var unknown = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = "khong-ton-tai@test.local", ["Password"] = "sai-mat-khau-123" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var wrongText = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync()).QuerySelector(".form-errors")!.TextContent.Trim();
        var unknownText = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await unknown.Content.ReadAsStringAsync()).QuerySelector(".form-errors")!.TextContent.Trim();
        Assert.Equal(AccountController.FailureMessage, wrongText);
        Assert.Equal(wrongText, unknownText);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksOutEvenTheRightPassword()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        using var client = StaffAccounts.CreateClient(_factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "sai-mat-khau-" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var right = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var lockedUntil = await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockedUntil);
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.LockedOut && e.UserId == user.Id)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/%2Fevil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_ForeignReturnUrl_GoesToAdminHome(string returnUrl)
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using var client = StaffAccounts.CreateClient(_factory);

        using var response = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = StaffAccounts.Password,
            ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Admin_Anonymous_RedirectedToSignIn()
    {
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_ByGet_NotAllowed_ByPost_SignsOut()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            using var get = await client.Http.GetAsync("/dang-xuat");
            Assert.NotEqual(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin")).StatusCode);

            using var post = await client.SubmitAsync("/admin", formSelector: "form.signout");

            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            using var after = await client.Http.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
    }
}

/// <summary>The tests of <see cref="SignInTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class SignInTests(PortalFactory factory) : SignInTests<PortalFactory>(factory);
