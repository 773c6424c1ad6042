using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Users;

namespace PublishingPortal.Web.Tests.Accounts;

// The service behind /admin/tai-khoan, called directly: the outcomes the controller maps to pages and
// redirects. The HTTP tests (Admin/Users) cover the successful changes end to end.
public sealed class UserAdministrationServiceTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public UserAdministrationServiceTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task CreateAsync_FormInvalid_InvalidWithoutErrorsAndNothingCreated()
    {
        var email = $"khong-tao-{Guid.NewGuid():N}@test.local";
        var form = new UserCreateModel { DisplayName = "Không Tạo", Email = email, Password = "mat-khau-du-dai-1" };
        form.Roles.Add(NewsroomRoles.Editor);

        var change = await WithServiceAsync(accounts => accounts.CreateAsync(form, formIsValid: false));

        Assert.Equal(AccountChangeOutcome.Invalid, change.Outcome);
        Assert.Empty(change.Errors);
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task CreateAsync_NoRole_RoleErrorEvenWhenTheRestIsInvalid()
    {
        var form = new UserCreateModel { DisplayName = "", Email = "", Password = "" };

        var change = await WithServiceAsync(accounts => accounts.CreateAsync(form, formIsValid: false));

        Assert.Equal(new[] { new FormError("Roles", "Hãy chọn ít nhất một vai trò.") }, change.Errors);
    }

    [Fact]
    public async Task UpdateAsync_OwnAdministratorRoleDroppedAndNoRole_BothReportedNothingSaved()
    {
        var admin = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Administrator);
        var form = new UserEditModel { DisplayName = "Tên Khác", Version = admin.ConcurrencyStamp! };

        var change = await WithServiceAsync(async (accounts, actor) =>
            await accounts.UpdateAsync((await accounts.FindAsync(admin.Id))!, form, await actor(admin), formIsValid: true));

        Assert.Equal(AccountChangeOutcome.Invalid, change.Outcome);
        Assert.Equal(
            new[] { new FormError("Roles", "Hãy chọn ít nhất một vai trò."), new FormError("Roles", UserAdministration.OwnAdministratorRoleMessage) },
            change.Errors);
        Assert.Equal(admin.DisplayName, await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task UpdateAsync_SameNameAndRoles_UnchangedAndNotAudited()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var administrator = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Administrator);
        var form = new UserEditModel { DisplayName = " " + editor.DisplayName + " ", Version = editor.ConcurrencyStamp! };
        form.Roles.Add(NewsroomRoles.Editor);

        var change = await WithServiceAsync(async (accounts, actor) =>
            await accounts.UpdateAsync((await accounts.FindAsync(editor.Id))!, form, await actor(administrator), formIsValid: true));

        AssertChange(AccountChangeOutcome.Unchanged, "Không có gì thay đổi.", change);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + editor.Id)));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ConcurrencyErrorForWholeForm()
    {
        var editor = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        var administrator = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Administrator);
        var form = new UserEditModel { DisplayName = "Tên Mới", Version = "phien-ban-cu" };
        form.Roles.Add(NewsroomRoles.Editor);

        var change = await WithServiceAsync(async (accounts, actor) =>
            await accounts.UpdateAsync((await accounts.FindAsync(editor.Id))!, form, await actor(administrator), formIsValid: true));

        var error = Assert.Single(change.Errors);
        Assert.Equal("", error.Field);
        Assert.Contains("vừa được người khác sửa", error.Message, StringComparison.Ordinal);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + editor.Id)));
    }

    [Fact]
    public async Task UnlockAndResetTwoFactor_NothingToUndo_UnchangedWithReason()
    {
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var administrator = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Administrator);

        var unlock = await WithServiceAsync(async accounts => await accounts.UnlockAsync((await accounts.FindAsync(reporter.Id))!));
        var reset = await WithServiceAsync(async (accounts, actor) =>
            await accounts.ResetTwoFactorAsync((await accounts.FindAsync(reporter.Id))!, await actor(administrator)));

        AssertChange(AccountChangeOutcome.Unchanged, $"Tài khoản {reporter.Email} không bị khoá.", unlock);
        AssertChange(AccountChangeOutcome.Unchanged, $"Tài khoản {reporter.Email} chưa bật xác thực hai lớp.", reset);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Target == "User:" + reporter.Id)));
    }

    [Fact]
    public async Task UnlockAsync_LockedOut_ChangedAuditedWithEndInSiteTime()
    {
        var reporter = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
        var end = DateTimeOffset.UtcNow.AddDays(1);
        var lockedUntil = new DateTimeOffset(end.Year, end.Month, end.Day, 17, 30, 0, TimeSpan.Zero);
        await WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(reporter.Id))!, lockedUntil));

        var change = await WithServiceAsync(async accounts => await accounts.UnlockAsync((await accounts.FindAsync(reporter.Id))!));

        AssertChange(AccountChangeOutcome.Changed, $"Đã mở khoá tài khoản {reporter.Email}.", change);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserUnlocked && e.Target == "User:" + reporter.Id));
        Assert.Equal($"{reporter.Email}: bỏ khoá đến {new SiteTimeZone().FormatDateTime(lockedUntil)}", audit.Details);
        Assert.EndsWith(" 00:30", audit.Details, StringComparison.Ordinal); // 17:30 UTC is 00:30 the next day in Hà Nội
    }

    [Fact]
    public async Task ListAsync_PageFarPastTheEnd_LastPage()
    {
        await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);

        var page = await WithServiceAsync(accounts => accounts.ListAsync(int.MaxValue));

        Assert.Equal(page.Paging.PageCount, page.Paging.Page);
        Assert.NotEmpty(page.Items);
        Assert.Equal(UserListPage.PageSize, page.Paging.PageSize);
    }

    private async Task<T> WithServiceAsync<T>(Func<UserAdministration, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private static void AssertChange(AccountChangeOutcome outcome, string message, AccountChange change)
    {
        Assert.Equal(outcome, change.Outcome);
        Assert.Equal(message, change.Message);
        Assert.Empty(change.Errors);
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<PortalUser>, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    // The principal a signed-in user's cookie would carry, built in the same scope as the service.
    private async Task<T> WithServiceAsync<T>(Func<UserAdministration, Func<PortalUser, Task<ClaimsPrincipal>>, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();
        return await work(scope.ServiceProvider.GetRequiredService<UserAdministration>(), principals.CreateAsync);
    }
}
