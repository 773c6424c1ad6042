using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Profile;

namespace PublishingPortal.Web.Tests.Accounts;

// The service behind /admin/ho-so, called directly for the refusals the controller maps to messages and
// form errors. Successful changes renew the sign-in cookie, so they are tested over HTTP (Admin/Profile).
public sealed class ProfileSettingsTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public ProfileSettingsTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task EnableTwoFactorAsync_BeforeAKeyIsMade_UnchangedAndStillOff()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);

        var change = await WithProfileAsync(user, (profile, _, stored) =>
            profile.EnableTwoFactorAsync(stored, new EnableTwoFactorModel { Code = "123456" }, formIsValid: true));

        Assert.Equal(AccountChangeOutcome.Unchanged, change.Outcome);
        Assert.Equal("Hãy tạo khoá trước khi nhập mã.", change.Message);
        Assert.False(await TwoFactorOnAsync(user.Id));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("12345")]
    [InlineData("12a456")]
    public async Task EnableTwoFactorAsync_WrongCode_ErrorOnCodeFieldNoCodesStillOff(string code)
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        await WithProfileAsync(user, (_, users, stored) => users.ResetAuthenticatorKeyAsync(stored));

        var change = await WithProfileAsync(user, (profile, _, stored) =>
            profile.EnableTwoFactorAsync(stored, new EnableTwoFactorModel { Code = code }, formIsValid: true));

        Assert.Equal(AccountChangeOutcome.Invalid, change.Outcome);
        Assert.Equal("Enable.Code", Assert.Single(change.Errors).Field);
        Assert.Empty(change.RecoveryCodes);
        Assert.False(await TwoFactorOnAsync(user.Id));
    }

    [Fact]
    public async Task DisableTwoFactorAsync_WhenOff_Unchanged()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);

        var change = await WithProfileAsync(user, (profile, _, stored) =>
            profile.DisableTwoFactorAsync(stored, new DisableTwoFactorModel { CurrentPassword = StaffAccounts.Password }, formIsValid: true));

        Assert.Equal(AccountChangeOutcome.Unchanged, change.Outcome);
        Assert.Equal("Xác thực hai lớp chưa bật.", change.Message);
    }

    [Fact]
    public async Task DisableTwoFactorAsync_WrongPassword_ErrorOnPasswordFieldStillOnNotAudited()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        await WithProfileAsync(user, async (_, users, stored) =>
        {
            await users.ResetAuthenticatorKeyAsync(stored);
            return await users.SetTwoFactorEnabledAsync(stored, true);
        });

        var change = await WithProfileAsync(user, (profile, _, stored) =>
            profile.DisableTwoFactorAsync(stored, new DisableTwoFactorModel { CurrentPassword = "khong-dung-1" }, formIsValid: true));

        Assert.Equal(new FormError("Disable.CurrentPassword", "Mật khẩu hiện tại không đúng."), Assert.Single(change.Errors));
        Assert.True(await TwoFactorOnAsync(user.Id));
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + user.Id)));
    }

    [Fact]
    public async Task ChangePasswordAsync_FormInvalid_NothingTriedPasswordUnchanged()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var form = new ChangePasswordModel { CurrentPassword = StaffAccounts.Password, NewPassword = "mat-khau-moi-2025", ConfirmPassword = "khac" };

        var change = await WithProfileAsync(user, (profile, _, stored) => profile.ChangePasswordAsync(stored, form, formIsValid: false));

        Assert.Equal(AccountChangeOutcome.Invalid, change.Outcome);
        Assert.Empty(change.Errors);
        Assert.True(await WithProfileAsync(user, (_, users, stored) => users.CheckPasswordAsync(stored, StaffAccounts.Password)));
    }

    [Fact]
    public async Task ChangePasswordAsync_WrongCurrentPassword_VietnameseErrorForWholeForm()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var form = new ChangePasswordModel { CurrentPassword = "sai-mat-khau-1", NewPassword = "mat-khau-moi-2025", ConfirmPassword = "mat-khau-moi-2025" };

        var change = await WithProfileAsync(user, (profile, _, stored) => profile.ChangePasswordAsync(stored, form, formIsValid: true));

        Assert.Equal(new FormError("", "Mật khẩu hiện tại không đúng."), Assert.Single(change.Errors));
    }

    [Fact]
    public async Task ProfilePageAsync_RolesInVietnameseMostPowerfulFirst()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        await WithProfileAsync(user, (_, users, stored) => users.AddToRoleAsync(stored, NewsroomRoles.Publisher));

        var page = await WithProfileAsync(user, (profile, _, stored) => profile.ProfilePageAsync(stored));

        Assert.Equal(["Duyệt bài", "Phóng viên"], page.Roles);
        Assert.Equal(user.Email, page.Email);
        Assert.False(page.TwoFactorEnabled);
    }

    // One request's worth of services: the profile service, Identity's manager in the same scope, the account as stored.
    private async Task<T> WithProfileAsync<T>(PortalUser user, Func<ProfileSettings, UserManager<PortalUser>, PortalUser, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        return await work(scope.ServiceProvider.GetRequiredService<ProfileSettings>(), users, stored);
    }

    private Task<bool> TwoFactorOnAsync(string userId) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync());
}
