using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Audit;

namespace PublishingPortal.Web.Tests.Admin.Profile;

public sealed partial class ProfileTests : IClassFixture<ClientAddressPortalFactory>
{
    private const string NewPassword = "mat-khau-moi-2025";

    private readonly ClientAddressPortalFactory _factory;

    public ProfileTests(ClientAddressPortalFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData(NewsroomRoles.Administrator, "Quản trị")]
    [InlineData(NewsroomRoles.Publisher, "Duyệt bài")]
    [InlineData(NewsroomRoles.Editor, "Biên tập viên")]
    [InlineData(NewsroomRoles.Reporter, "Phóng viên")]
    public async Task Index_AnyRole_ShowsOwnNameEmailRoles(string role, string roleName)
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            var page = await client.GetDocumentAsync("/admin/ho-so");

            Assert.Equal(user.DisplayName, page.QuerySelector(".display-name")!.TextContent);
            Assert.Equal(user.Email, page.QuerySelector(".email")!.TextContent);
            Assert.Equal(roleName, page.QuerySelector(".roles")!.TextContent);
            Assert.StartsWith("Tắt", page.QuerySelector(".two-factor")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ChangePassword_ThroughForm_NewWorksOldDoesNotSessionKeptAudited()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            using var response = await client.SubmitAsync("/admin/ho-so", new Dictionary<string, string>
            {
                ["ChangePassword.CurrentPassword"] = StaffAccounts.Password,
                ["ChangePassword.NewPassword"] = NewPassword,
                ["ChangePassword.ConfirmPassword"] = NewPassword,
            }, "form.change-password");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/ho-so", response.Headers.Location!.OriginalString);
            var after = await client.GetDocumentAsync("/admin/ho-so");
            Assert.Equal("Đã đổi mật khẩu.", after.QuerySelector(".flash")!.TextContent);
        }

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PasswordChanged && e.UserId == user.Id));
        Assert.Equal("User:" + user.Id, audit.Target);
        Assert.Equal(ClientAddressPortalFactory.DefaultAddress, audit.IpAddress);
        using var other = StaffAccounts.CreateClient(_factory);
        using var old = await other.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await StaffAccounts.SignInAsync(other, user.Email!, NewPassword);
    }

    [Theory]
    [InlineData("sai-mat-khau-99", NewPassword, NewPassword, "Mật khẩu hiện tại không đúng.")]
    [InlineData(StaffAccounts.Password, NewPassword, "mat-khau-khac-2025", "Hai lần nhập mật khẩu mới không khớp.")]
    [InlineData(StaffAccounts.Password, "ngan-1", "ngan-1", "Mật khẩu cần ít nhất 10 ký tự.")]
    [InlineData("", NewPassword, NewPassword, "Hãy nhập mật khẩu hiện tại.")]
    public async Task ChangePassword_Refused_VietnameseMessageAndPasswordUnchanged(string current, string next, string confirm, string message)
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (client)
        {
            using var response = await client.SubmitAsync("/admin/ho-so", new Dictionary<string, string>
            {
                ["ChangePassword.CurrentPassword"] = current,
                ["ChangePassword.NewPassword"] = next,
                ["ChangePassword.ConfirmPassword"] = confirm,
            }, "form.change-password");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var form = page.QuerySelector("form.change-password")!;
            Assert.Contains(message, form.TextContent, StringComparison.Ordinal);
            Assert.All(form.QuerySelectorAll("input[type=password]"), i => Assert.True(string.IsNullOrEmpty(i.GetAttribute("value"))));
        }

        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordChanged && e.UserId == user.Id)));
        using var other = StaffAccounts.CreateClient(_factory);
        await StaffAccounts.SignInAsync(other, user.Email!, StaffAccounts.Password);
    }

    [Fact]
    public async Task TwoFactorPage_Get_ChangesNothing()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            var page = await client.GetDocumentAsync(TwoFactorSetup.PageUrl);
            await client.GetDocumentAsync(TwoFactorSetup.PageUrl);

            Assert.NotNull(page.QuerySelector("form.new-key[method=post]"));
            Assert.Null(page.QuerySelector(".shared-key"));
            Assert.False(await _factory.WithDbAsync(db => db.UserTokens.AnyAsync(t => t.UserId == user.Id)));
        }
    }

    [Fact]
    public async Task TwoFactorPage_AfterNewKey_ShowsKeyInGroupsAndOtpAuthLink()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            using (var start = await client.SubmitAsync(TwoFactorSetup.PageUrl, formSelector: "form.new-key"))
            {
                Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            }

            var page = await client.GetDocumentAsync(TwoFactorSetup.PageUrl);
            var shown = page.QuerySelector(".shared-key")!.TextContent;
            Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", shown);
            var key = shown.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.Equal(20, Totp.Base32Decode(key).Length);
            var issuer = Uri.EscapeDataString("Cổng Tin tức PublishingPortal");
            Assert.Equal(
                $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6",
                page.QuerySelector("a.otpauth")!.GetAttribute("href"));
            Assert.Equal(key, (await TwoFactorSetup.ReadKeyAsync(client)).ToUpperInvariant());
        }
    }

    [Fact]
    public async Task TwoFactorPage_AfterNewKey_QrCodeBesideKeyHoldsTheOtpAuthLink_DrawnOnOurPage()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            Assert.Null((await client.GetDocumentAsync(TwoFactorSetup.PageUrl)).QuerySelector(".two-factor-qr"));
            using (var start = await client.SubmitAsync(TwoFactorSetup.PageUrl, formSelector: "form.new-key"))
            {
                Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            }

            var page = await client.GetDocumentAsync(TwoFactorSetup.PageUrl);
            var link = page.QuerySelector("a.otpauth")!.GetAttribute("href")!;
            var figure = page.QuerySelector(".two-factor-key > figure.two-factor-qr")!;
            Assert.NotNull(figure.ParentElement!.QuerySelector(".shared-key"));
            var svg = figure.QuerySelector("svg")!;
            Assert.NotNull(svg.GetAttribute("viewBox"));

            // Inline geometry only: no image, link or script that could fetch from anywhere.
            Assert.Empty(figure.QuerySelectorAll("img, image, use, script, a, [href], [src]"));

            // The dark squares drawn are exactly the modules of a QR code for the link on the page.
            var expected = new QRCoder.QRCodeGenerator().CreateQrCode(link, QRCoder.QRCodeGenerator.ECCLevel.M).ModuleMatrix;
            var size = expected.Count;
            var drawn = new bool[size, size];
            // QRCoder draws each run of dark modules as "M{x} {y}h{width}v{height}h-{width}z", in module units (the viewBox).
            var runs = svg.QuerySelectorAll("path[fill='#000000']").SelectMany(p => DarkRun().Matches(p.GetAttribute("d")!)).ToList();
            Assert.NotEmpty(runs);
            foreach (var run in runs)
            {
                int At(int group) => int.Parse(run.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
                for (var row = At(2); row < At(2) + At(4); row++)
                {
                    for (var column = At(1); column < At(1) + At(3); column++)
                    {
                        drawn[row, column] = true;
                    }
                }
            }

            var dark = 0;
            for (var row = 0; row < size; row++)
            {
                for (var column = 0; column < size; column++)
                {
                    Assert.True(expected[row][column] == drawn[row, column], $"module ({row}, {column}) ");
                    dark += drawn[row, column] ? 1 : 0;
                }
            }

            Assert.True(dark > size * 4, "the code is drawn");
        }
    }

    [Theory]
    [InlineData("abcdef")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData("stale")]
    public async Task EnableTwoFactor_WrongCode_RefusedAndStillOff(string code)
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (client)
        {
            using (var start = await client.SubmitAsync(TwoFactorSetup.PageUrl, formSelector: "form.new-key"))
            {
                Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            }

            var key = await TwoFactorSetup.ReadKeyAsync(client);
            if (code == "stale")
            {
                code = Totp.Code(key, DateTimeOffset.UtcNow.AddHours(-1));
            }

            using var response = await client.SubmitAsync(TwoFactorSetup.PageUrl, new Dictionary<string, string> { ["Enable.Code"] = code }, "form.enable-two-factor");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("form.enable-two-factor .field-error")!.TextContent));
            Assert.Null(page.QuerySelector(".recovery-codes"));
        }

        Assert.False(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TwoFactorChanged && e.UserId == user.Id)));
    }

    [Fact]
    public async Task DisableTwoFactor_NeedsCurrentPassword_ThenOffAndAudited()
    {
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        using (client)
        {
            var (key, _) = await TwoFactorSetup.EnableAsync(client);
            var on = await client.GetDocumentAsync(TwoFactorSetup.PageUrl);
            Assert.Equal("Còn 10 mã khôi phục chưa dùng.", on.QuerySelector(".recovery-left")!.TextContent);
            Assert.Null(on.QuerySelector(".shared-key"));

            using var wrong = await client.SubmitAsync(TwoFactorSetup.PageUrl, new Dictionary<string, string> { ["Disable.CurrentPassword"] = "sai-mat-khau-1" }, "form.disable-two-factor");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Mật khẩu hiện tại không đúng.", (await ParseAsync(wrong)).QuerySelector("form.disable-two-factor")!.TextContent, StringComparison.Ordinal);
            Assert.True(await TwoFactorOnAsync(user.Id));

            using var right = await client.SubmitAsync(TwoFactorSetup.PageUrl, new Dictionary<string, string> { ["Disable.CurrentPassword"] = StaffAccounts.Password }, "form.disable-two-factor");
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.False(await TwoFactorOnAsync(user.Id));

            // Still signed in, and the old key is gone: a fresh one would be needed to turn it on again.
            var off = await client.GetDocumentAsync(TwoFactorSetup.PageUrl);
            Assert.NotEqual(key.ToUpperInvariant(), (await TwoFactorSetup.ReadKeyAsync(client)).ToUpperInvariant());
            Assert.Contains("tắt", off.QuerySelector(".two-factor-state")!.TextContent, StringComparison.Ordinal);
        }

        var entries = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.TwoFactorChanged && e.UserId == user.Id).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.Equal([$"{user.Email}: bật xác thực hai lớp", $"{user.Email}: tắt xác thực hai lớp"], entries);
        using var other = StaffAccounts.CreateClient(_factory);
        using var signIn = await other.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private Task<bool> TwoFactorOnAsync(string userId) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync());

    [System.Text.RegularExpressions.GeneratedRegex(@"M(\d+) (\d+)h(\d+)v(\d+)h-\d+z")]
    private static partial System.Text.RegularExpressions.Regex DarkRun();
}
