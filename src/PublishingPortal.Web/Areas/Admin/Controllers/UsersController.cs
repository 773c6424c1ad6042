using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Users;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Newsroom accounts, Administrators only (<see cref="PortalPolicies.Administration"/> on top of the
/// area-wide policy): list <c>/admin/tai-khoan</c>, create <c>/admin/tai-khoan/tao-moi</c>, edit name
/// and roles <c>/admin/tai-khoan/{id}</c>, clear a lockout <c>…/mo-khoa</c> and turn off two-factor
/// sign-in for someone who lost their phone <c>…/tat-xac-thuc-hai-lop</c>. Every change is audited in
/// the same transaction as the change; an unknown id answers 404; invalid input changes nothing.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class UsersController : AdminController
{
    /// <summary>Shown when an Administrator tries to drop their own Administrator role.</summary>
    public const string OwnAdministratorRoleMessage =
        "Bạn không thể tự bỏ vai trò Quản trị của chính mình. Nếu cần, hãy nhờ một quản trị viên khác làm việc này.";

    private const string TimeFormat = "dd/MM/yyyy HH:mm";

    private readonly UserManager<PortalUser> _users;
    private readonly SignInManager<PortalUser> _signIn;
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SiteTimeZone _zone;
    private readonly TimeProvider _clock;

    /// <summary>Creates the controller.</summary>
    /// <param name="users">Identity users (shares <paramref name="db"/> as its store's context).</param>
    /// <param name="signIn">Identity sign-in, to refresh the cookie after changing one's own account.</param>
    /// <param name="db">The request's context, for the list and for transactions.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="zone">Site time zone for the times shown.</param>
    /// <param name="clock">Clock.</param>
    public UsersController(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalDbContext db, AuditLog audit, SiteTimeZone zone, TimeProvider clock)
    {
        _users = users;
        _signIn = signIn;
        _db = db;
        _audit = audit;
        _zone = zone;
        _clock = clock;
    }

    /// <summary>GET <c>/admin/tai-khoan?trang=N</c>: accounts by display name, <see cref="UserListPage.PageSize"/> a page.</summary>
    /// <param name="trang">1-based page; out-of-range values are clamped.</param>
    /// <returns>The list.</returns>
    [HttpGet("/admin/tai-khoan")]
    public async Task<IActionResult> Index(int trang = 1)
    {
        var total = await _db.Users.CountAsync();
        var pageCount = Math.Max(1, (total + UserListPage.PageSize - 1) / UserListPage.PageSize);
        var page = Math.Clamp(trang, 1, pageCount);
        var rows = await _db.Users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id)
            .Skip((page - 1) * UserListPage.PageSize).Take(UserListPage.PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync();
        var ids = rows.Select(u => u.Id).ToList();
        var memberships = await (
                from userRole in _db.UserRoles
                join role in _db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync();
        var now = _clock.GetUtcNow();
        var items = rows.Select(u => new UserListItem(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                Ordered(memberships.Where(m => m.UserId == u.Id).Select(m => m.Name ?? "")).Select(NewsroomRoles.DisplayName).ToList(),
                u.LockoutEnd is { } end && end > now ? Format(end) : null,
                u.TwoFactorEnabled))
            .ToList();
        return View(new UserListPage(items, page, pageCount, total));
    }

    /// <summary>GET <c>/admin/tai-khoan/tao-moi</c>: the empty form (Reporter pre-selected, the least right).</summary>
    /// <returns>The form.</returns>
    [HttpGet("/admin/tai-khoan/tao-moi")]
    public IActionResult Create()
    {
        var model = new UserCreateModel();
        model.Roles.Add(NewsroomRoles.Reporter);
        return View(model);
    }

    /// <summary>
    /// POST <c>/admin/tai-khoan/tao-moi</c>: creates the account with its roles and the audit entry
    /// <see cref="AuditActions.UserCreated"/> in one transaction.
    /// </summary>
    /// <param name="model">The form.</param>
    /// <returns>Redirect to the new account's page; the form with Vietnamese errors (and nothing created) otherwise.</returns>
    [HttpPost("/admin/tai-khoan/tao-moi")]
    public async Task<IActionResult> Create(UserCreateModel model)
    {
        var roles = CheckRoles(model);
        if (!ModelState.IsValid)
        {
            model.Password = "";
            return View(model);
        }

        var email = model.Email.Trim();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            DisplayName = model.DisplayName.Trim(),
            CreatedAt = _clock.GetUtcNow(),
        };

        var transaction = await _db.Database.BeginTransactionAsync();
        await using (transaction)
        {
            var created = await _users.CreateAsync(user, model.Password);
            if (created.Succeeded)
            {
                created = await _users.AddToRolesAsync(user, roles);
            }

            if (!created.Succeeded)
            {
                // Disposing the transaction rolls back whatever part was saved.
                AddErrors(created);
                model.Password = "";
                return View(model);
            }

            _audit.Add(AuditActions.UserCreated, Target(user), $"{email}; vai trò: {RoleNames(roles)}");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Flash($"Đã tạo tài khoản {email}.");
        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    /// <summary>GET <c>/admin/tai-khoan/{id}</c>: the account, its edit form, unlock and two-factor reset.</summary>
    /// <param name="id">Identity id.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet("/admin/tai-khoan/{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = new UserEditModel { DisplayName = user.DisplayName, Version = user.ConcurrencyStamp ?? "" };
        foreach (var role in await CurrentRolesAsync(user))
        {
            model.Roles.Add(role);
        }

        await DescribeAsync(user, model);
        return View(model);
    }

    /// <summary>
    /// POST <c>/admin/tai-khoan/{id}</c>: saves display name (<see cref="AuditActions.UserUpdated"/>) and
    /// roles (<see cref="AuditActions.RolesChanged"/>, "before → after"). Refused with a message when the
    /// signed-in Administrator would drop their own Administrator role, or when someone else changed the
    /// account since the form was loaded.
    /// </summary>
    /// <param name="id">Identity id.</param>
    /// <param name="model">The form (only name, roles and version are bound).</param>
    /// <returns>Redirect to the page; the form with errors; or 404.</returns>
    [HttpPost("/admin/tai-khoan/{id}")]
    public async Task<IActionResult> Edit(string id, [Bind(nameof(UserEditModel.DisplayName), nameof(UserEditModel.Roles), nameof(UserEditModel.Version))] UserEditModel model)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var roles = CheckRoles(model);
        var before = await CurrentRolesAsync(user);
        var self = IsSelf(user);
        if (self && before.Contains(NewsroomRoles.Administrator) && !roles.Contains(NewsroomRoles.Administrator))
        {
            ModelState.AddModelError(nameof(model.Roles), OwnAdministratorRoleMessage);
        }

        if (ModelState.IsValid && !string.Equals(model.Version, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            ModelState.AddModelError("", _users.ErrorDescriber.ConcurrencyFailure().Description);
        }

        if (!ModelState.IsValid)
        {
            await DescribeAsync(user, model);
            return View(model);
        }

        var name = model.DisplayName.Trim();
        var oldName = user.DisplayName;
        var toAdd = roles.Except(before).ToList();
        var toRemove = before.Where(r => NewsroomRoles.All.Contains(r) && !roles.Contains(r)).ToList();
        if (name == oldName && toAdd.Count == 0 && toRemove.Count == 0)
        {
            Flash("Không có gì thay đổi.");
            return RedirectToAction(nameof(Edit), new { id = user.Id });
        }

        var transaction = await _db.Database.BeginTransactionAsync();
        await using (transaction)
        {
            var result = IdentityResult.Success;
            if (name != oldName)
            {
                user.DisplayName = name;
                result = await _users.UpdateAsync(user);
            }

            if (result.Succeeded && toAdd.Count > 0)
            {
                result = await _users.AddToRolesAsync(user, toAdd);
            }

            if (result.Succeeded && toRemove.Count > 0)
            {
                result = await _users.RemoveFromRolesAsync(user, toRemove);
            }

            if (result.Succeeded && (toAdd.Count > 0 || toRemove.Count > 0))
            {
                // A new security stamp makes the user's other sessions re-read their roles at the next validation.
                result = await _users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                AddErrors(result);
                user.DisplayName = oldName;
                await DescribeAsync(user, model);
                return View(model);
            }

            if (name != oldName)
            {
                _audit.Add(AuditActions.UserUpdated, Target(user), $"{user.Email}: họ tên “{oldName}” → “{name}”");
            }

            if (toAdd.Count > 0 || toRemove.Count > 0)
            {
                var after = await CurrentRolesAsync(user);
                _audit.Add(AuditActions.RolesChanged, Target(user), $"{user.Email}: {RoleNames(before)} → {RoleNames(after)}");
            }

            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        if (self)
        {
            await _signIn.RefreshSignInAsync(user);
        }

        Flash($"Đã lưu tài khoản {user.Email}.");
        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    /// <summary>POST <c>/admin/tai-khoan/{id}/mo-khoa</c>: ends the lockout and resets the failed-attempt count (<see cref="AuditActions.UserUnlocked"/>).</summary>
    /// <param name="id">Identity id.</param>
    /// <returns>Redirect to the account's page with a message, or 404.</returns>
    [HttpPost("/admin/tai-khoan/{id}/mo-khoa")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var lockedOut = await _users.IsLockedOutAsync(user);
        if (!lockedOut && user.AccessFailedCount == 0)
        {
            Flash($"Tài khoản {user.Email} không bị khoá.");
            return RedirectToAction(nameof(Edit), new { id = user.Id });
        }

        var until = user.LockoutEnd;
        var transaction = await _db.Database.BeginTransactionAsync();
        await using (transaction)
        {
            var result = await _users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
            {
                result = await _users.ResetAccessFailedCountAsync(user);
            }

            if (!result.Succeeded)
            {
                Flash("Không mở khoá được: " + string.Join(" ", result.Errors.Select(e => e.Description)));
                return RedirectToAction(nameof(Edit), new { id = user.Id });
            }

            var details = lockedOut && until is { } end
                ? $"{user.Email}: bỏ khoá đến {Format(end)}"
                : $"{user.Email}: xoá số lần đăng nhập sai";
            _audit.Add(AuditActions.UserUnlocked, Target(user), details);
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Flash($"Đã mở khoá tài khoản {user.Email}.");
        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    /// <summary>
    /// POST <c>/admin/tai-khoan/{id}/tat-xac-thuc-hai-lop</c>: turns two-factor sign-in off and replaces the
    /// authenticator key, so the lost phone's codes no longer work (<see cref="AuditActions.TwoFactorChanged"/>).
    /// The user signs in with the password alone and may set it up again on their profile.
    /// </summary>
    /// <param name="id">Identity id.</param>
    /// <returns>Redirect to the account's page with a message, or 404.</returns>
    [HttpPost("/admin/tai-khoan/{id}/tat-xac-thuc-hai-lop")]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await _users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await _users.GetTwoFactorEnabledAsync(user))
        {
            Flash($"Tài khoản {user.Email} chưa bật xác thực hai lớp.");
            return RedirectToAction(nameof(Edit), new { id = user.Id });
        }

        var transaction = await _db.Database.BeginTransactionAsync();
        await using (transaction)
        {
            var result = await _users.SetTwoFactorEnabledAsync(user, false);
            if (result.Succeeded)
            {
                result = await _users.ResetAuthenticatorKeyAsync(user);
            }

            if (!result.Succeeded)
            {
                Flash("Không tắt được xác thực hai lớp: " + string.Join(" ", result.Errors.Select(e => e.Description)));
                return RedirectToAction(nameof(Edit), new { id = user.Id });
            }

            _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: quản trị viên tắt xác thực hai lớp, khoá cũ bị huỷ");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        if (IsSelf(user))
        {
            await _signIn.RefreshSignInAsync(user);
        }

        Flash($"Đã tắt xác thực hai lớp của {user.Email}; người dùng đăng nhập bằng mật khẩu và có thể bật lại trong hồ sơ.");
        return RedirectToAction(nameof(Edit), new { id = user.Id });
    }

    private static string Target(PortalUser user) => "User:" + user.Id;

    private static IEnumerable<string> Ordered(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return NewsroomRoles.All.Where(list.Contains).Concat(list.Where(r => !NewsroomRoles.All.Contains(r)).Order(StringComparer.Ordinal));
    }

    private static string RoleNames(IEnumerable<string> roles)
    {
        var names = roles.Select(NewsroomRoles.DisplayName).ToList();
        return names.Count == 0 ? "(không có vai trò)" : string.Join(", ", names);
    }

    private string Format(DateTimeOffset instant) =>
        _zone.ToSiteTime(instant).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private bool IsSelf(PortalUser user) =>
        string.Equals(_users.GetUserId(User), user.Id, StringComparison.Ordinal);

    private async Task<List<string>> CurrentRolesAsync(PortalUser user) =>
        Ordered(await _users.GetRolesAsync(user)).ToList();

    // Keeps only known roles, in NewsroomRoles.All order; a missing or unknown role is a form error.
    private List<string> CheckRoles(UserFormModel model)
    {
        var chosen = model.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(r => !NewsroomRoles.All.Contains(r)))
        {
            ModelState.AddModelError(nameof(model.Roles), "Vai trò không hợp lệ; hãy chọn trong danh sách.");
        }
        else if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(model.Roles), "Hãy chọn ít nhất một vai trò.");
        }

        return NewsroomRoles.All.Where(chosen.Contains).ToList();
    }

    private async Task DescribeAsync(PortalUser user, UserEditModel model)
    {
        model.Id = user.Id;
        model.Email = user.Email ?? "";
        model.CreatedAt = Format(user.CreatedAt);
        model.LockedOutUntil = user.LockoutEnd is { } end && end > _clock.GetUtcNow() ? Format(end) : null;
        model.FailedAttempts = user.AccessFailedCount;
        model.TwoFactorEnabled = await _users.GetTwoFactorEnabledAsync(user);
        model.IsSelf = IsSelf(user);
    }

    private void AddErrors(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            // The user name is the e-mail: one message for a taken address is enough.
            if (error.Code == nameof(IdentityErrorDescriber.DuplicateUserName) && codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                continue;
            }

            var message = error.Code == nameof(IdentityErrorDescriber.InvalidUserName)
                ? "E-mail chỉ được gồm chữ cái không dấu, chữ số và các ký tự - . _ @ +."
                : error.Description;
            ModelState.AddModelError("", message);
        }
    }
}
