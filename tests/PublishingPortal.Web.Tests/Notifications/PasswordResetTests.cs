using System.Net;
using System.Text.RegularExpressions;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Controllers;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Notifications;

/// <summary>
/// Issue 11: "Quên mật khẩu?" end to end: the same answer for any address, the link from the e-mail delivered to the
/// test SMTP server, the new password works once, the old one no longer.
/// </summary>
[Collection(SmtpPortalGroup.Name)]
public sealed partial class PasswordResetTests
{
    private readonly SmtpPortalFactory _factory;

    public PasswordResetTests(SmtpPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ResetByEmail_NewPasswordWorks_OldDoesNot_LinkWorksOnce()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using var client = StaffAccounts.CreateClient(_factory);
        var signIn = await client.GetDocumentAsync("/dang-nhap");
        Assert.Equal("Quên mật khẩu?", signIn.QuerySelector("a[href='/dang-nhap/quen-mat-khau']")!.TextContent);

        var unknown = "khong-co-ai-" + Guid.NewGuid().ToString("N") + "@test.local";
        string answerForUnknown;
        using (var asked = await client.SubmitAsync("/dang-nhap/quen-mat-khau", new Dictionary<string, string> { ["Email"] = unknown }))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            answerForUnknown = (await Admin.Articles.AdminArticles.ParseAsync(asked)).QuerySelector(".reset-sent")!.TextContent;
        }

        using (var asked = await client.SubmitAsync("/dang-nhap/quen-mat-khau", new Dictionary<string, string> { ["Email"] = "  " + user.Email!.ToUpperInvariant() + " " }))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Equal(answerForUnknown, (await Admin.Articles.AdminArticles.ParseAsync(asked)).QuerySelector(".reset-sent")!.TextContent);
        }

        Assert.Equal(AccountController.ResetSentMessage, answerForUnknown);
        var mail = await _factory.Smtp.WaitForAsync(user.Email!);
        Assert.StartsWith("Đặt lại mật khẩu", mail.Subject, StringComparison.Ordinal);
        Assert.Empty(_factory.Smtp.To(unknown));
        var link = ResetLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(link.Value)}\"", mail.HtmlBody, StringComparison.Ordinal);
        var path = new Uri(link.Value).PathAndQuery;

        const string newPassword = "mat-khau-moi-sau-khi-quen-9";
        using (var mismatch = await client.SubmitAsync(path, new Dictionary<string, string> { ["NewPassword"] = newPassword, ["ConfirmPassword"] = "khac-hoan-toan-1" }))
        {
            Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
            Assert.Contains("không khớp", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var reset = await client.SubmitAsync(path, new Dictionary<string, string> { ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword }))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            var page = await Admin.Articles.AdminArticles.ParseAsync(reset);
            Assert.Equal("Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.", page.QuerySelector("p.flash")!.TextContent);
        }

        using (var again = await client.SubmitAsync(path, new Dictionary<string, string> { ["NewPassword"] = "mot-lan-nua-thu-2", ["ConfirmPassword"] = "mot-lan-nua-thu-2" }))
        {
            Assert.Contains(PasswordReset.ExpiredMessage, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fresh = StaffAccounts.CreateClient(_factory);
        using (var old = await fresh.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        await StaffAccounts.SignInAsync(fresh, user.Email!, newPassword);
        Assert.Equal(HttpStatusCode.OK, (await fresh.Http.GetAsync("/admin")).StatusCode);
    }

    [GeneratedRegex(@"http://localhost/dang-nhap/dat-lai-mat-khau\?\S+")]
    private static partial Regex ResetLink();
}

/// <summary>Issue 11: without SMTP the reset page says so and offers no form.</summary>
public sealed class PasswordResetUnavailableTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public PasswordResetUnavailableTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task WithoutSmtp_ThePageSaysAskTheAdministrator()
    {
        using var client = StaffAccounts.CreateClient(_factory);
        var page = await client.GetDocumentAsync("/dang-nhap/quen-mat-khau");
        Assert.Equal(AccountController.ResetUnavailableMessage, page.QuerySelector(".reset-unavailable")!.TextContent);
        Assert.Null(page.QuerySelector("input[name=Email]"));
    }
}

/// <summary>Issue 11: reset requests are rate limited per account like sign-in: over the limit 429 with the Vietnamese page.</summary>
public sealed class PasswordResetRateLimitTests : IClassFixture<RateLimitedPortalFactory>
{
    private readonly RateLimitedPortalFactory _factory;

    public PasswordResetRateLimitTests(RateLimitedPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task FourthRequestForOneAddress_Answers429InVietnamese()
    {
        // This portal has no SMTP, so the page shows no form; the POST is counted before it reaches the controller anyway.
        const string email = "ai-do@test.local";
        for (var i = 0; i < 3; i++)
        {
            using var client = _factory.CreateClientFrom("10.9.0." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var allowed = await PostForgotAsync(client, email);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var fourth = _factory.CreateClientFrom("10.9.0.9");
        using var refused = await PostForgotAsync(fourth, email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("quá nhiều lần", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The sign-in page's antiforgery token (its cookie stays in the client) with the reset form's one field.
    private static async Task<HttpResponseMessage> PostForgotAsync(BrowserLikeClient client, string email)
    {
        var page = await client.GetDocumentAsync("/dang-nhap");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Email", email)]);
        return await client.Http.PostAsync("/dang-nhap/quen-mat-khau", content);
    }
}
