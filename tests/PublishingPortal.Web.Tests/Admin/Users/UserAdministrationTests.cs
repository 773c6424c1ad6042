using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Audit;

namespace PublishingPortal.Web.Tests.Admin.Users;

public sealed class UserAdministrationTests : IClassFixture<ClientAddressPortalFactory>
{
    private const string StrongPassword = "bao-chi-tinh-2024";

    private readonly ClientAddressPortalFactory _factory;

    public UserAdministrationTests(ClientAddressPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Create_WithRolesThroughForm_UserCreatedAuditedAndCanSignIn()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var email = $"moi-{Guid.NewGuid():N}@test.local";
        var page = await admin.GetDocumentAsync("/admin/tai-khoan/tao-moi");
        var form = (IHtmlFormElement)page.QuerySelector("form.user-create")!;
        Check(form, NewsroomRoles.Editor, true);
        Check(form, NewsroomRoles.Reporter, true);

        using var response = await admin.SubmitAsync(form, "/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "Trần Văn Minh",
            ["Email"] = email,
            ["Password"] = StrongPassword,

            // Unticked here; FirstSignInPasswordTests covers the default (ticked).
            ["MustChangePassword"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal("Trần Văn Minh", user.DisplayName);
        Assert.Equal($"/admin/tai-khoan/{user.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal([NewsroomRoles.Editor, NewsroomRoles.Reporter], (await RolesAsync(user.Id)).Order(StringComparer.Ordinal));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserCreated && e.Target == "User:" + user.Id));
        Assert.Contains("Biên tập viên, Phóng viên", audit.Details, StringComparison.Ordinal);
        Assert.Equal(ClientAddressPortalFactory.DefaultAddress, audit.IpAddress);

        using var newcomer = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(newcomer, email, StrongPassword);
        var home = await newcomer.GetDocumentAsync("/admin");
        Assert.Contains("Biên tập viên", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ngan-1", "Mật khẩu cần ít nhất 10 ký tự.")]
    [InlineData("khongcochuso", "Mật khẩu cần có ít nhất một chữ số.")]
    [InlineData("1234567890", "Mật khẩu cần có ít nhất một chữ thường.")]
    public async Task Create_WeakPassword_VietnameseErrorAndNothingCreated(string password, string message)
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var email = $"yeu-{Guid.NewGuid():N}@test.local";

        using var response = await admin.SubmitAsync("/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "Mật Khẩu Yếu",
            ["Roles"] = NewsroomRoles.Reporter,
            ["Email"] = email,
            ["Password"] = password,
        }, "form.user-create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ParseAsync(response);
        Assert.Contains(message, document.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, document.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.UserCreated && e.Details.Contains(email))));
    }

    [Fact]
    public async Task Create_BadInput_MessagesAndNothingCreated()
    {
        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var admin = signedIn.Client;
        var adminUser = signedIn.User;
        var usersBefore = await _factory.WithDbAsync(db => db.Users.CountAsync());

        // No role at all.
        var page = await admin.GetDocumentAsync("/admin/tai-khoan/tao-moi");
        var form = (IHtmlFormElement)page.QuerySelector("form.user-create")!;
        Assert.DoesNotContain(form.QuerySelectorAll("input[name=Roles]").Cast<IHtmlInputElement>(), i => i.IsChecked);
        using var noRole = await admin.SubmitAsync(form, "/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "Không Vai Trò",
            ["Email"] = $"kvt-{Guid.NewGuid():N}@test.local",
            ["Password"] = StrongPassword,
        });
        Assert.Equal(HttpStatusCode.OK, noRole.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một vai trò.", (await ParseAsync(noRole)).QuerySelector("fieldset.roles .field-error")!.TextContent, StringComparison.Ordinal);

        // A role that does not exist, an address already used, an empty name, a malformed e-mail.
        using var unknownRole = await admin.SubmitAsync("/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "Vai Trò Lạ",
            ["Email"] = $"vtl-{Guid.NewGuid():N}@test.local",
            ["Password"] = StrongPassword,
            ["Roles"] = "Superuser",
        }, "form.user-create");
        Assert.Equal(HttpStatusCode.OK, unknownRole.StatusCode);
        Assert.Contains("Vai trò không hợp lệ", (await ParseAsync(unknownRole)).QuerySelector("fieldset.roles")!.TextContent, StringComparison.Ordinal);

        using var duplicate = await admin.SubmitAsync("/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "Trùng E-mail",
            ["Roles"] = NewsroomRoles.Reporter,
            ["Email"] = adminUser.Email!,
            ["Password"] = StrongPassword,
        }, "form.user-create");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var duplicateErrors = (await ParseAsync(duplicate)).QuerySelectorAll(".form-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal([$"Địa chỉ e-mail {adminUser.Email} đã được dùng."], duplicateErrors);

        using var blank = await admin.SubmitAsync("/admin/tai-khoan/tao-moi", new Dictionary<string, string>
        {
            ["DisplayName"] = "  ",
            ["Roles"] = NewsroomRoles.Reporter,
            ["Email"] = "khong-phai-email",
            ["Password"] = StrongPassword,
        }, "form.user-create");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var blankPage = await ParseAsync(blank);
        Assert.Contains("Hãy nhập họ tên.", blankPage.QuerySelector("form.user-create")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("E-mail không hợp lệ.", blankPage.QuerySelector("form.user-create")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(usersBefore, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Edit_RolesChanged_SavedAndAuditedBeforeAfterWithIp()
    {
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var adminUser = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Administrator);
        using var admin = _factory.CreateClientFrom("198.51.100.23");
        await StaffAccounts.SignInAsync(admin, adminUser.Email!, StaffAccounts.Password);
        var url = $"/admin/tai-khoan/{reporter.Id}";
        var page = await admin.GetDocumentAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("form.user-edit")!;
        Check(form, NewsroomRoles.Reporter, false);
        Check(form, NewsroomRoles.Publisher, true);
        Check(form, NewsroomRoles.Editor, true);

        using var response = await admin.SubmitAsync(form, url, new Dictionary<string, string> { ["DisplayName"] = "Lê Thị Duyệt" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([NewsroomRoles.Editor, NewsroomRoles.Publisher], (await RolesAsync(reporter.Id)).Order(StringComparer.Ordinal));
        var entries = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target == "User:" + reporter.Id).ToListAsync());
        var roles = Assert.Single(entries, e => e.Action == AuditActions.RolesChanged);
        Assert.Equal($"{reporter.Email}: Phóng viên → Duyệt bài, Biên tập viên", roles.Details);
        Assert.Equal("198.51.100.23", roles.IpAddress);
        Assert.Equal(adminUser.Id, roles.UserId);
        Assert.Equal(adminUser.UserName, roles.UserName);
        var renamed = Assert.Single(entries, e => e.Action == AuditActions.UserUpdated);
        Assert.Contains("“Lê Thị Duyệt”", renamed.Details, StringComparison.Ordinal);

        var after = await admin.GetDocumentAsync(url);
        Assert.Equal($"Đã lưu tài khoản {reporter.Email}.", after.QuerySelector(".flash")!.TextContent);
        Assert.Equal("Lê Thị Duyệt", after.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_OwnAdministratorRole_RefusedWithMessage()
    {
        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var admin = signedIn.Client;
        var adminUser = signedIn.User;
        var url = $"/admin/tai-khoan/{adminUser.Id}";
        var page = await admin.GetDocumentAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("form.user-edit")!;
        Check(form, NewsroomRoles.Administrator, false);
        Check(form, NewsroomRoles.Editor, true);

        using var response = await admin.SubmitAsync(form, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UserAdministration.OwnAdministratorRoleMessage, (await ParseAsync(response)).QuerySelector("form.user-edit")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([NewsroomRoles.Administrator], await RolesAsync(adminUser.Id));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + adminUser.Id && e.Action == AuditActions.RolesChanged)));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/tai-khoan")).Response.StatusCode);
    }

    [Fact]
    public async Task Edit_OwnRolesAdded_TakesEffectAtOnce()
    {
        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var admin = signedIn.Client;
        var adminUser = signedIn.User;
        var url = $"/admin/tai-khoan/{adminUser.Id}";
        var page = await admin.GetDocumentAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("form.user-edit")!;
        Check(form, NewsroomRoles.Editor, true);

        using var response = await admin.SubmitAsync(form, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await admin.GetDocumentAsync("/admin/ho-so");
        Assert.Equal("Quản trị, Biên tập viên", profile.QuerySelector(".roles")!.TextContent);
    }

    [Fact]
    public async Task Edit_BadInputOrStaleForm_NothingChanged()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var url = $"/admin/tai-khoan/{editor.Id}";

        using var blank = await admin.SubmitAsync(url, new Dictionary<string, string> { ["DisplayName"] = "" }, "form.user-edit");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Hãy nhập họ tên.", (await ParseAsync(blank)).QuerySelector("form.user-edit")!.TextContent, StringComparison.Ordinal);

        using var tooLong = await admin.SubmitAsync(url, new Dictionary<string, string> { ["DisplayName"] = new string('a', 101) }, "form.user-edit");
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);

        using var unknownRole = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Roles"] = "Root" }, "form.user-edit");
        Assert.Equal(HttpStatusCode.OK, unknownRole.StatusCode);

        // Loaded, then the account changes (a failed sign-in here), then saved: refused, not overwritten.
        var stale = await admin.GetDocumentAsync(url);
        using (var failing = StaffAccounts.CreateClient(_factory))
        {
            using var failed = await failing.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = editor.Email!, ["Password"] = "sai-mat-khau-1" });
        }

        using var conflict = await admin.SubmitAsync((IHtmlFormElement)stale.QuerySelector("form.user-edit")!, url, new Dictionary<string, string> { ["DisplayName"] = "Tên Mới" });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("vừa được người khác sửa", (await ParseAsync(conflict)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);

        var stored = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == editor.Id));
        Assert.Equal(editor.DisplayName, stored.DisplayName);
        Assert.Equal([NewsroomRoles.Editor], await RolesAsync(editor.Id));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + editor.Id)));
    }

    [Fact]
    public async Task UnknownId_NotFound_ForPageAndPosts()
    {
        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var admin = signedIn.Client;
        var adminUser = signedIn.User;

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/tai-khoan/khong-co-ai")).Response.StatusCode);
        var page = await admin.GetDocumentAsync($"/admin/tai-khoan/{adminUser.Id}");
        foreach (var action in new[] { "/admin/tai-khoan/khong-co-ai", "/admin/tai-khoan/khong-co-ai/mo-khoa", "/admin/tai-khoan/khong-co-ai/tat-xac-thuc-hai-lop" })
        {
            var form = (IHtmlFormElement)page.QuerySelector("form.user-edit")!;
            form.Action = action;
            using var response = await admin.SubmitAsync(form, action);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Unlock_LockedOutUser_LockoutClearedAuditedAndSignInWorks()
    {
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using (var attacker = StaffAccounts.CreateClient(_factory))
        {
            for (var i = 0; i < 5; i++)
            {
                using var failed = await attacker.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = reporter.Email!, ["Password"] = "doan-sai-" + i });
            }
        }

        Assert.NotNull(await LockoutEndAsync(reporter.Id));
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var url = $"/admin/tai-khoan/{reporter.Id}";
        Assert.StartsWith("Bị khoá đến", (await admin.GetDocumentAsync(url)).QuerySelector("dd.lockout")!.TextContent, StringComparison.Ordinal);

        using var response = await admin.SubmitAsync(url, formSelector: "form.unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == reporter.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserUnlocked && e.Target == "User:" + reporter.Id));
        Assert.StartsWith($"{reporter.Email}: bỏ khoá đến ", audit.Details, StringComparison.Ordinal);
        Assert.Null((await admin.GetDocumentAsync(url)).QuerySelector("form.unlock"));
        using var client = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(client, reporter.Email!, StaffAccounts.Password);
    }

    [Fact]
    public async Task ResetTwoFactor_LostPhone_TurnedOffKeyReplacedAudited()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        string oldKey;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(editor.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            oldKey = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var url = $"/admin/tai-khoan/{editor.Id}";
        Assert.Equal("Bật", (await admin.GetDocumentAsync(url)).QuerySelector("dd.two-factor")!.TextContent);

        using var response = await admin.SubmitAsync(url, formSelector: "form.reset-two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(editor.Id))!;
            Assert.False(await users.GetTwoFactorEnabledAsync(user));
            Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(user));
        }

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.TwoFactorChanged && e.Target == "User:" + editor.Id));
        Assert.Contains("quản trị viên tắt", audit.Details, StringComparison.Ordinal);
        using var client = StaffAccounts.CreateClient(_factory);
        using var signIn = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = editor.Email!, ["Password"] = StaffAccounts.Password });
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Index_ListsRolesInVietnameseTwoFactorAndPages()
    {
        for (var i = 0; i < 21; i++)
        {
            await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        }

        var publisher = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Publisher);
        var locked = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddMinutes(10));
        }

        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var total = await _factory.WithDbAsync(db => db.Users.CountAsync());

        var first = await admin.GetDocumentAsync("/admin/tai-khoan");

        Assert.Equal(20, first.QuerySelectorAll("table.users tbody tr").Length);
        Assert.NotNull(first.QuerySelector(".pager a[rel=next]"));
        var pages = (total + 19) / 20;
        var rows = new List<AngleSharp.Dom.IElement>();
        for (var p = 1; p <= pages; p++)
        {
            rows.AddRange((await admin.GetDocumentAsync($"/admin/tai-khoan?trang={p}")).QuerySelectorAll("table.users tbody tr"));
        }

        Assert.Equal(total, rows.Count);
        Assert.Equal(total, rows.Select(r => r.GetAttribute("data-user-id")).Distinct().Count());
        var row = rows.Single(r => r.GetAttribute("data-user-id") == publisher.Id);
        Assert.Equal("Duyệt bài", row.QuerySelector(".roles")!.TextContent);
        Assert.Equal("Tắt", row.QuerySelector(".two-factor")!.TextContent);
        Assert.Equal("—", row.QuerySelector(".lockout")!.TextContent);
        var lockedRow = rows.Single(r => r.GetAttribute("data-user-id") == locked.Id);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", lockedRow.QuerySelector(".lockout")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/tai-khoan?trang=9999")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/tai-khoan?trang=abc")).Response.StatusCode);
    }

    [Theory]
    [InlineData(NewsroomRoles.Publisher)]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Reporter)]
    public async Task NonAdministrator_Forbidden_OnPagesAndPosts(string role)
    {
        var target = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(target.Id))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(10));
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using var client = signedIn.Client;
        var self = signedIn.User;

        foreach (var url in new[] { "/admin/tai-khoan", "/admin/tai-khoan/tao-moi", $"/admin/tai-khoan/{target.Id}", $"/admin/tai-khoan/{self.Id}", "/admin/nhat-ky", "/admin/nhat-ky?hanhdong=sign-in" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).Response.StatusCode);
        }

        // Real posts with a valid antiforgery token (borrowed from the profile's form): refused by the policy.
        var profile = await client.GetDocumentAsync("/admin/ho-so");
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            ["/admin/tai-khoan/tao-moi"] = new() { ["DisplayName"] = "Lén Tạo", ["Email"] = $"len-{Guid.NewGuid():N}@test.local", ["Password"] = StrongPassword, ["Roles"] = NewsroomRoles.Administrator },
            [$"/admin/tai-khoan/{self.Id}"] = new() { ["DisplayName"] = "Tự Nâng Quyền", ["Roles"] = NewsroomRoles.Administrator },
            [$"/admin/tai-khoan/{target.Id}/mo-khoa"] = [],
            [$"/admin/tai-khoan/{target.Id}/tat-xac-thuc-hai-lop"] = [],
        };
        foreach (var (action, values) in posts)
        {
            var form = (IHtmlFormElement)profile.QuerySelector("form.change-password")!;
            form.Action = action;
            using var response = await client.SubmitAsync(form, action, values);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal([role], await RolesAsync(self.Id));
        Assert.NotNull(await LockoutEndAsync(target.Id));
        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == target.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Lén Tạo")));
    }

    private static void Check(IHtmlFormElement form, string role, bool value) =>
        ((IHtmlInputElement)form.QuerySelector($"input[name=Roles][value={role}]")!).IsChecked = value;

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private Task<List<string>> RolesAsync(string userId) =>
        _factory.WithDbAsync(db => (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name!)
            .ToListAsync());

    private Task<DateTimeOffset?> LockoutEndAsync(string userId) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync());
}
