using System.Net;
using System.Reflection;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Tests.Accounts;

/// <summary>Issue 11: the new-account form, and "must change the password at first sign-in".</summary>
public sealed class FirstSignInPasswordTests : IClassFixture<QuietPortalFactory>
{
    private const string FirstPassword = "mat-khau-ban-dau-2026";
    private const string OwnPassword = "mat-khau-cua-toi-2026";

    private readonly QuietPortalFactory _factory;

    public FirstSignInPasswordTests(QuietPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task CreateForm_NoRoleTicked_EachRoleDescribed_MustChangeTicked_PasswordFieldWithHiddenHelpers()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var form = (IHtmlFormElement)(await admin.GetDocumentAsync(AdminUrls.UserCreate)).QuerySelector("form.user-create")!;

        var roles = form.QuerySelectorAll("input[name=Roles]").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(NewsroomRoles.All, roles.Select(r => r.Value));
        Assert.All(roles, r => Assert.False(r.IsChecked, r.Value + " is pre-ticked"));
        foreach (var role in roles)
        {
            var description = form.QuerySelector("#" + role.GetAttribute("aria-describedby"))!.TextContent;
            Assert.Equal(NewsroomRoles.Description(role.Value), description);
            Assert.False(string.IsNullOrWhiteSpace(description));
        }

        var mustChange = (IHtmlInputElement)form.QuerySelector("input[type=checkbox][name=MustChangePassword]")!;
        Assert.True(mustChange.IsChecked);

        // Without the script: an ordinary password field; the script reveals "show" and "generate".
        Assert.Equal("password", form.QuerySelector("input[name=Password]")!.GetAttribute("type"));
        Assert.True(form.QuerySelector("[data-password-generate]")!.HasAttribute("hidden"));
        Assert.True(form.QuerySelector("label.password-show")!.HasAttribute("hidden"));
        Assert.NotNull(form.Owner!.QuerySelector("script[src^='/js/account-password.js']"));
    }

    [Fact]
    public async Task NewAccount_MustChange_EveryAdminUrlAndPostRedirects_UntilChanged_ThenAdminOpens()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var email = $"lan-dau-{Guid.NewGuid():N}@test.local";
        using (var created = await admin.SubmitAsync(AdminUrls.UserCreate, new Dictionary<string, string>
        {
            ["DisplayName"] = "Lần Đầu",
            ["Email"] = email,
            ["Password"] = FirstPassword,
            ["Roles"] = NewsroomRoles.Administrator,
        }, "form.user-create"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.MustChangePassword).SingleAsync()));

        using var newcomer = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(newcomer, email, FirstPassword);

        // Every parameterless admin page in the URL map, read from AdminUrls itself so a new page is covered too.
        var adminUrls = typeof(AdminUrls).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Template", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(u => u.StartsWith(AdminUrls.Home, StringComparison.Ordinal) && !u.Contains('{', StringComparison.Ordinal) && u != AdminUrls.Profile)
            .Append("/admin/tai-khoan/khong-co-ai")
            .Distinct()
            .ToList();
        Assert.True(adminUrls.Count > 10, string.Join(", ", adminUrls));
        var profile = await newcomer.GetDocumentAsync(AdminUrls.Profile);
        Assert.Equal(PasswordChangeRequired.Notice, profile.QuerySelector(".must-change-password")!.TextContent);
        var token = profile.QuerySelector("form.change-password input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in adminUrls)
        {
            using var get = await newcomer.Http.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.SeeOther, $"GET {url} answered {(int)get.StatusCode}");
            Assert.Equal(AdminUrls.Profile, get.Headers.Location!.OriginalString);

            if (url == AdminUrls.Password)
            {
                // The one POST left open; it is exercised below.
                continue;
            }

            using var post = await newcomer.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.True(post.StatusCode == HttpStatusCode.SeeOther, $"POST {url} answered {(int)post.StatusCode}");
            Assert.Equal(AdminUrls.Profile, post.Headers.Location!.OriginalString);
        }

        // A complete, valid POST (this account is an Administrator) still does nothing.
        var other = $"khong-duoc-tao-{Guid.NewGuid():N}@test.local";
        using (var refused = await newcomer.Http.PostAsync(AdminUrls.UserCreate, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["DisplayName"] = "Không Được Tạo",
            ["Email"] = other,
            ["Password"] = FirstPassword,
            ["Roles"] = NewsroomRoles.Reporter,
        })))
        {
            Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == other)));

        // A script's request (antiforgery header) gets 403 and the sentence, not a redirect it cannot follow.
        using (var script = new HttpRequestMessage(HttpMethod.Post, AdminUrls.Users()))
        {
            script.Headers.Add("RequestVerificationToken", token);
            using var response = await newcomer.Http.SendAsync(script);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("mật khẩu của riêng mình", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A wrong current password changes nothing, and the redirect holds.
        using (var wrong = await newcomer.SubmitAsync(AdminUrls.Profile, ChangeForm("sai-mat-khau-1", OwnPassword), "form.change-password"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.MustChangePassword).SingleAsync()));
        using (var still = await newcomer.Http.GetAsync(AdminUrls.Home))
        {
            Assert.Equal(HttpStatusCode.SeeOther, still.StatusCode);
        }

        using (var changed = await newcomer.SubmitAsync(AdminUrls.Profile, ChangeForm(FirstPassword, OwnPassword), "form.change-password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.MustChangePassword).SingleAsync()));
        await newcomer.GetDocumentAsync(AdminUrls.Home);
        await newcomer.GetDocumentAsync(AdminUrls.Users());
        Assert.Null((await newcomer.GetDocumentAsync(AdminUrls.Profile)).QuerySelector(".must-change-password"));

        // A fresh sign-in with the new password goes straight in.
        using var again = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(again, email, OwnPassword);
        await again.GetDocumentAsync(AdminUrls.Home);
    }

    [Fact]
    public async Task NewAccount_MustChangeUnticked_AdminOpensAtOnce()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var email = $"khong-buoc-{Guid.NewGuid():N}@test.local";
        using (var created = await admin.SubmitAsync(AdminUrls.UserCreate, new Dictionary<string, string>
        {
            ["DisplayName"] = "Không Buộc",
            ["Email"] = email,
            ["Password"] = FirstPassword,
            ["Roles"] = NewsroomRoles.Reporter,
            ["MustChangePassword"] = "false",
        }, "form.user-create"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var newcomer = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(newcomer, email, FirstPassword);
        await newcomer.GetDocumentAsync(AdminUrls.Home);
    }

    private static Dictionary<string, string> ChangeForm(string current, string next) => new()
    {
        ["ChangePassword.CurrentPassword"] = current,
        ["ChangePassword.NewPassword"] = next,
        ["ChangePassword.ConfirmPassword"] = next,
    };
}
