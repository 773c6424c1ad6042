using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Admin.Audit;
using PublishingPortal.Web.Tests.Admin.Profile;

namespace PublishingPortal.Web.Tests.Accounts;

public sealed class TwoFactorTests : IClassFixture<ClientAddressPortalFactory>
{
    private const string CodePage = "/dang-nhap/ma-xac-thuc";

    private readonly ClientAddressPortalFactory _factory;

    public TwoFactorTests(ClientAddressPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task TwoFactor_EnabledOnProfile_SignInNeedsTheCurrentCode()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (client)
        {
            var (key, codes) = await TwoFactorSetup.EnableAsync(client);
            Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
            Assert.StartsWith("Bật", (await client.GetDocumentAsync("/admin/ho-so")).QuerySelector(".two-factor")!.TextContent, StringComparison.Ordinal);
            var enabled = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.TwoFactorChanged && e.UserId == user.Id));
            Assert.Equal("User:" + user.Id, enabled.Target);
            Assert.Equal(ClientAddressPortalFactory.DefaultAddress, enabled.IpAddress);

            using (var signOut = await client.SubmitAsync("/admin", formSelector: "form.signout"))
            {
                Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            }

            using var password = await client.SubmitAsync("/dang-nhap?returnUrl=%2Fadmin%2Fho-so", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            var next = password.Headers.Location!.OriginalString;
            Assert.StartsWith(CodePage, next, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).Response.StatusCode);

            using var wrong = await client.SubmitAsync(next, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddHours(-2)) });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Mã xác thực không đúng", new HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).Response.StatusCode);

            using var right = await client.SubmitAsync(next, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/admin/ho-so", right.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).Response.StatusCode);
        }

        var details = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id && (e.Action == AuditActions.SignIn || e.Action == AuditActions.SignInFailed)).OrderBy(e => e.Id).Select(e => e.Action + "|" + e.Details).ToListAsync());
        Assert.Equal(["sign-in|", "sign-in-failed|sai mã xác thực", "sign-in|xác thực hai lớp"], details);
    }

    [Fact]
    public async Task TwoFactor_RecoveryCode_SignsInOnce()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        IReadOnlyList<string> codes;
        using (client)
        {
            (_, codes) = await TwoFactorSetup.EnableAsync(client);
        }

        using (var first = StaffAccounts.CreateClient(_factory))
        {
            await PasswordStepAsync(first, user.Email!);
            var codePage = await first.GetDocumentAsync(CodePage);
            var link = codePage.QuerySelector("a.use-recovery-code")!.GetAttribute("href")!;

            using var response = await first.SubmitAsync(link, new Dictionary<string, string> { ["Code"] = codes[0].ToLowerInvariant() });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin", response.Headers.Location!.OriginalString);
            Assert.Equal("Còn 9 mã khôi phục chưa dùng.", (await first.GetDocumentAsync(TwoFactorSetup.PageUrl)).QuerySelector(".recovery-left")!.TextContent);
        }

        using var second = StaffAccounts.CreateClient(_factory);
        await PasswordStepAsync(second, user.Email!);
        using var reused = await second.SubmitAsync("/dang-nhap/ma-khoi-phuc", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin")).Response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == user.Id && e.Action == AuditActions.SignIn && e.Details == "mã khôi phục")));
    }

    [Fact]
    public async Task CodeSteps_WithoutPasswordStep_BackToSignIn()
    {
        using var client = StaffAccounts.CreateClient(_factory);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(CodePage)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dang-nhap/ma-khoi-phuc")).Response.StatusCode);
    }

    private static async Task PasswordStepAsync(BrowserLikeClient client, string email)
    {
        using var response = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(CodePage, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
