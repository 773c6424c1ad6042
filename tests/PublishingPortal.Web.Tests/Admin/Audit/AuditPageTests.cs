using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Audit;

public sealed class AuditPageTests : IClassFixture<ClientAddressPortalFactory>
{
    private readonly ClientAddressPortalFactory _factory;

    public AuditPageTests(ClientAddressPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task DateRange_DaysInSiteTime_BothEndsInclusive()
    {
        var marker = NewMarker();
        await AddAsync(
            Entry(marker, "2024-04-24T16:59:59Z", "truoc"), // 24/04 23:59:59 in Hanoi
            Entry(marker, "2024-04-24T17:00:00Z", "dau-ngay"), // 25/04 00:00:00
            Entry(marker, "2024-04-24T17:30:00Z", "nua-dem"), // 25/04 00:30:00
            Entry(marker, "2024-04-25T16:59:59Z", "cuoi-ngay"), // 25/04 23:59:59
            Entry(marker, "2024-04-25T17:00:00Z", "sau")); // 26/04 00:00:00
        using var admin = await SignInAdministratorAsync();

        var page = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&tu=25/04/2024&den=25/04/2024");
        var iso = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&tu=2024-04-25&den=2024-04-25");
        var fromOnly = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&tu=26/04/2024");
        var toOnly = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&den=24/04/2024");

        Assert.Equal(["cuoi-ngay", "nua-dem", "dau-ngay"], Column(page, "details"));
        Assert.Equal(["25/04/2024 23:59:59", "25/04/2024 00:30:00", "25/04/2024 00:00:00"], Column(page, "at"));
        Assert.Equal("2024-04-25T00:30:00+07:00", page.QuerySelectorAll("td.at time")[1].GetAttribute("datetime"));
        Assert.Equal(Column(page, "details"), Column(iso, "details"));
        Assert.Equal(["sau"], Column(fromOnly, "details"));
        Assert.Equal(["truoc"], Column(toOnly, "details"));
    }

    [Fact]
    public async Task ActionFilter_OnlyThatAction_WithVietnameseLabels()
    {
        var marker = NewMarker();
        await AddAsync(
            Entry(marker, "2024-05-01T01:00:00Z", "a", AuditActions.RolesChanged),
            Entry(marker, "2024-05-01T02:00:00Z", "b", AuditActions.SignIn),
            Entry(marker, "2024-05-01T03:00:00Z", "c", AuditActions.RolesChanged));
        using var admin = await SignInAdministratorAsync();

        var page = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&hanhdong={AuditActions.RolesChanged}");

        Assert.Equal(["c", "a"], Column(page, "details"));
        Assert.Equal(["Đổi vai trò", "Đổi vai trò"], Column(page, "action"));
        var select = (IHtmlSelectElement)page.QuerySelector("select[name=hanhdong]")!;
        Assert.Equal(AuditActions.RolesChanged, select.Value);
        Assert.Equal(AuditActions.Labels.Count + 1, select.Options.Length);
        Assert.Contains(select.Options, o => o.Value == AuditActions.UserCreated && o.Text == "Tạo tài khoản");
    }

    [Fact]
    public async Task UserAndIpFilters_ContainsAndPrefix()
    {
        var marker = NewMarker();
        await AddAsync(
            Entry("Pv." + marker + "@Toa-Soan.vn", "2024-06-01T01:00:00Z", "hoa", ip: "10.1.2.3"),
            Entry(marker + "@khac.vn", "2024-06-01T02:00:00Z", "khac-ip", ip: "192.168.1.5"),
            Entry("nguoi-khac@toa-soan.vn", "2024-06-01T03:00:00Z", "khong-phai", ip: "10.1.2.4"));
        using var admin = await SignInAdministratorAsync();

        var byUser = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker.ToUpperInvariant()}");
        var byIp = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&ip=10.1.");
        var likeCharacters = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi=%25{marker}_");

        Assert.Equal(["khac-ip", "hoa"], Column(byUser, "details"));
        Assert.Equal(["hoa"], Column(byIp, "details"));
        Assert.Equal(["10.1.2.3"], Column(byIp, "ip"));
        Assert.Empty(Column(likeCharacters, "details"));
    }

    [Fact]
    public async Task Paging_FiftyNewestFirst_FiltersKeptInLinks()
    {
        var marker = NewMarker();
        var start = DateTimeOffset.Parse("2024-07-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await AddAsync(Enumerable.Range(1, 120).Select(i => Entry(marker, start.AddMinutes(i), "muc-" + i)).ToArray());
        using var admin = await SignInAdministratorAsync();

        var first = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&tu=01/07/2024");

        Assert.Equal("120 mục.", first.QuerySelector(".audit-count")!.TextContent);
        var details = Column(first, "details");
        Assert.Equal(50, details.Count);
        Assert.Equal("muc-120", details[0]);
        Assert.Equal("muc-71", details[^1]);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains($"nguoi={marker}", next, StringComparison.Ordinal);
        Assert.Contains("tu=01%2F07%2F2024", next, StringComparison.Ordinal);
        Assert.Contains("trang=2", next, StringComparison.Ordinal);

        var second = await admin.GetDocumentAsync(next);
        var third = await admin.GetDocumentAsync(second.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal("muc-70", Column(second, "details")[0]);
        Assert.Equal(Enumerable.Range(1, 20).Reverse().Select(i => "muc-" + i), Column(third, "details"));
        Assert.Null(third.QuerySelector(".pager a[rel=next]"));
        Assert.Equal(Column(third, "details"), Column(await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&trang=99999"), "details"));
        // Too large for an int is still "past the end": the last page, not the first.
        Assert.Equal(Column(third, "details"), Column(await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&trang=99999999999"), "details"));
        Assert.Equal(Column(first, "details"), Column(await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={marker}&trang=-3"), "details"));
    }

    [Theory]
    [InlineData("tu=31/02/2024", "“Từ ngày” không hợp lệ")]
    [InlineData("den=hom-qua", "“Đến ngày” không hợp lệ")]
    [InlineData("tu=0001-01-01", "“Từ ngày” không hợp lệ")]
    [InlineData("den=9999-12-31", "“Đến ngày” không hợp lệ")]
    [InlineData("tu=26/04/2024&den=25/04/2024", "“Từ ngày” đang sau “Đến ngày”.")]
    [InlineData("hanhdong=xoa-nhat-ky", "Hành động không có trong danh sách")]
    [InlineData("ip=%3Cscript%3E", "Địa chỉ IP chỉ gồm")]
    public async Task BadFilter_MessageNoEntriesNo500(string query, string message)
    {
        await AddAsync(Entry(NewMarker(), "2024-04-25T01:00:00Z", "co-mat"));
        using var admin = await SignInAdministratorAsync();

        var (response, page) = await admin.GetAsync("/admin/nhat-ky?" + query);

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Contains(message, page.QuerySelector(".filter-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.audit"));
        Assert.NotNull(page.QuerySelector("form.audit-filter"));
    }

    [Fact]
    public async Task BadPageNumber_FirstPage()
    {
        using var admin = await SignInAdministratorAsync();

        var page = await admin.GetDocumentAsync("/admin/nhat-ky?trang=abc");

        Assert.NotNull(page.QuerySelector("table.audit"));
    }

    [Fact]
    public async Task ReadOnly_OnlyTheGetFilterForm_PostsRefused()
    {
        await AddAsync(Entry(NewMarker(), "2024-04-25T01:00:00Z", "chi-doc"));
        using var admin = await SignInAdministratorAsync();
        var before = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        var id = await _factory.WithDbAsync(db => db.AuditEntries.Select(e => e.Id).FirstAsync());

        var page = await admin.GetDocumentAsync("/admin/nhat-ky");

        var forms = page.QuerySelectorAll("main form").Cast<IHtmlFormElement>().ToList();
        var filter = Assert.Single(forms);
        Assert.Equal("get", filter.Method, ignoreCase: true);
        Assert.Equal("/admin/nhat-ky", filter.GetAttribute("action"));
        Assert.Empty(filter.QuerySelectorAll("input[name=__RequestVerificationToken]"));

        // With a valid antiforgery token (the sign-out form's), no POST reaches a handler.
        foreach (var target in new[] { "/admin/nhat-ky", $"/admin/nhat-ky/{id}", $"/admin/nhat-ky/{id}/xoa", "/admin/nhat-ky/xoa" })
        {
            var form = (IHtmlFormElement)page.QuerySelector("form.signout")!;
            form.Action = target;
            using var response = await admin.SubmitAsync(form, target, new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST {target} answered {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/nhat-ky/{id}")).Response.StatusCode);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task SignInSuccessAndFailure_AppearWithIp()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        using (var from = _factory.CreateClientFrom("198.51.100.77"))
        {
            using var failed = await from.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "sai-mat-khau-0" });
            await StaffAccounts.SignInAsync(from, user.Email!, StaffAccounts.Password);
        }

        using var admin = await SignInAdministratorAsync();
        var page = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={Uri.EscapeDataString(user.Email!)}&ip=198.51.100.77");

        Assert.Equal(["Đăng nhập", "Đăng nhập thất bại"], Column(page, "action"));
        Assert.Equal([user.Email!, user.Email!], Column(page, "user"));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", Column(page, "at")[0]);
    }

    [Fact]
    public async Task EachUserAction_WrittenAndShown()
    {
        var signedIn = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var admin = signedIn.Client;
        var email = $"day-du-{Guid.NewGuid():N}@test.local";

        // Create, rename and re-role, lock out and unlock, password change, two-factor on and reset.
        using (var created = await admin.SubmitAsync("/admin/tai-khoan/tao-moi", new Dictionary<string, string> { ["DisplayName"] = "Đủ Việc", ["Email"] = email, ["Password"] = StaffAccounts.Password, ["Roles"] = NewsroomRoles.Reporter }, "form.user-create"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var url = $"/admin/tai-khoan/{userId}";
        using (var edited = await admin.SubmitAsync(url, new Dictionary<string, string> { ["DisplayName"] = "Đủ Việc Mới", ["Roles"] = NewsroomRoles.Editor }, "form.user-edit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        using (var user = StaffAccounts.CreateClient(_factory))
        {
            await StaffAccounts.SignInAsync(user, email, StaffAccounts.Password);
            using var changed = await user.SubmitAsync("/admin/ho-so", new Dictionary<string, string>
            {
                ["ChangePassword.CurrentPassword"] = StaffAccounts.Password,
                ["ChangePassword.NewPassword"] = "mat-khau-day-du-1",
                ["ChangePassword.ConfirmPassword"] = "mat-khau-day-du-1",
            }, "form.change-password");
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
            await Profile.TwoFactorSetup.EnableAsync(user);
        }

        using (var attacker = StaffAccounts.CreateClient(_factory))
        {
            for (var i = 0; i < 5; i++)
            {
                using var failed = await attacker.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "doan-sai-" + i });
            }
        }

        using (var unlocked = await admin.SubmitAsync(url, formSelector: "form.unlock"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        }

        using (var reset = await admin.SubmitAsync(url, formSelector: "form.reset-two-factor"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        var byAdmin = await ActionsOnAsync(admin, signedIn.User.Email!, userId);
        var byUser = await ActionsOnAsync(admin, email, userId);
        Assert.Equal(["Tạo tài khoản", "Sửa tài khoản", "Đổi vai trò", "Mở khoá tài khoản", "Xác thực hai lớp"], byAdmin);
        Assert.Equal(["Đổi mật khẩu", "Xác thực hai lớp"], byUser);
        var signIns = Column(await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={Uri.EscapeDataString(email)}"), "action");
        Assert.Contains("Đăng nhập", signIns);
        Assert.Contains("Đăng nhập thất bại", signIns);
        Assert.Contains("Khoá tài khoản", signIns);
    }

    // Oldest first, only entries about the account.
    private static async Task<List<string>> ActionsOnAsync(BrowserLikeClient admin, string who, string userId)
    {
        var page = await admin.GetDocumentAsync($"/admin/nhat-ky?nguoi={Uri.EscapeDataString(who)}");
        return page.QuerySelectorAll("table.audit tbody tr")
            .Where(r => r.QuerySelector(".target")!.TextContent == "User:" + userId)
            .Select(r => r.QuerySelector(".action")!.TextContent)
            .Reverse()
            .ToList();
    }

    private static string NewMarker() => "loc" + Guid.NewGuid().ToString("N")[..12];

    private static AuditEntry Entry(string userName, string at, string details, string action = AuditActions.ArticleSaved, string ip = "10.0.0.1") =>
        Entry(userName, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), details, action, ip);

    private static AuditEntry Entry(string userName, DateTimeOffset at, string details, string action = AuditActions.ArticleSaved, string ip = "10.0.0.1") =>
        new() { At = at.ToUniversalTime(), UserName = userName, Action = action, Target = "Article:1", Details = details, IpAddress = ip };

    private static List<string> Column(IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"table.audit tbody td.{name}").Select(td => td.TextContent.Trim()).ToList();

    private async Task AddAsync(params AuditEntry[] entries) =>
        await _factory.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries);
            return await db.SaveChangesAsync();
        });

    private async Task<BrowserLikeClient> SignInAdministratorAsync() =>
        (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
}
