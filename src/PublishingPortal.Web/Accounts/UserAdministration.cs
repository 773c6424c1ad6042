using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Areas.Admin.Models.Users;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Newsroom accounts as Administrators manage them (<c>/admin/tai-khoan</c>): the paged list, creating an
/// account with its roles, changing display name and roles, clearing a lockout and turning off two-factor
/// sign-in for someone who lost their phone. Every change is audited in the same transaction as the change
/// (<see cref="AuditActions.UserCreated"/>, <see cref="AuditActions.UserUpdated"/>,
/// <see cref="AuditActions.RolesChanged"/>, <see cref="AuditActions.UserUnlocked"/>,
/// <see cref="AuditActions.TwoFactorChanged"/>); a refused change writes nothing. Times are shown in the
/// site's zone.
/// </summary>
public sealed class UserAdministration
{
    /// <summary>Shown when an Administrator tries to drop their own Administrator role.</summary>
    public const string OwnAdministratorRoleMessage =
        "Bạn không thể tự bỏ vai trò Quản trị của chính mình. Nếu cần, hãy nhờ một quản trị viên khác làm việc này.";

    private readonly UserManager<PortalUser> _users;
    private readonly SignInManager<PortalUser> _signIn;
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SiteTimeZone _zone;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="users">Identity users (shares <paramref name="db"/> as its store's context).</param>
    /// <param name="signIn">Identity sign-in, to refresh the cookie after Administrators change their own account.</param>
    /// <param name="db">The request's context, for the list and for transactions.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="zone">Site time zone for the times shown.</param>
    /// <param name="clock">Clock (creation time, whether a lockout is still running).</param>
    public UserAdministration(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalDbContext db, AuditLog audit, SiteTimeZone zone, TimeProvider clock)
    {
        _users = users;
        _signIn = signIn;
        _db = db;
        _audit = audit;
        _zone = zone;
        _clock = clock;
    }

    /// <summary>One page of accounts by display name (then e-mail), <see cref="UserListPage.PageSize"/> a page, with roles most powerful first.</summary>
    /// <param name="page">1-based page as asked; out-of-range values are clamped.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page (three queries: count, page, memberships).</returns>
    public async Task<UserListPage> ListAsync(int page, CancellationToken cancellationToken = default)
    {
        var paging = Paging.Clamped(page, UserListPage.PageSize, await _db.Users.CountAsync(cancellationToken));
        var rows = await _db.Users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(u => u.Id).ToList();
        var memberships = await (
                from userRole in _db.UserRoles
                join role in _db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var items = rows.Select(u => new UserListItem(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                Ordered(memberships.Where(m => m.UserId == u.Id).Select(m => m.Name ?? "")).Select(NewsroomRoles.DisplayName).ToList(),
                u.LockoutEnd is { } end && end > now ? _zone.FormatDateTime(end) : null,
                u.TwoFactorEnabled))
            .ToList();
        return new UserListPage(items, paging);
    }

    /// <summary>Finds an account (tracked, for a change that follows).</summary>
    /// <param name="id">Identity id.</param>
    /// <returns>The account, or null for an unknown id.</returns>
    public Task<PortalUser?> FindAsync(string id) => _users.FindByIdAsync(id);

    /// <summary>The edit form as the account stands: name, roles, concurrency stamp and the facts shown beside them.</summary>
    /// <param name="user">The account.</param>
    /// <param name="actor">The signed-in Administrator (to mark their own account).</param>
    /// <returns>The form.</returns>
    public async Task<UserEditModel> EditFormAsync(PortalUser user, ClaimsPrincipal actor)
    {
        var model = new UserEditModel { DisplayName = user.DisplayName, Version = user.ConcurrencyStamp ?? "" };
        foreach (var role in await CurrentRolesAsync(user))
        {
            model.Roles.Add(role);
        }

        foreach (var grant in await _db.SectionGrants.AsNoTracking().Where(g => g.UserId == user.Id).ToListAsync())
        {
            model.SectionsFor(grant.Right).Add(grant.CategoryId.ToString(CultureInfo.InvariantCulture));
        }

        await DescribeAsync(user, model, actor);
        return model;
    }

    /// <summary>
    /// Fills the display-only facts of the form from the database (never from the post): id, e-mail,
    /// creation time, lockout end (dd/MM/yyyy HH:mm, site time), failed attempts, two-factor state, whether
    /// it is the actor's own account.
    /// </summary>
    /// <param name="user">The account.</param>
    /// <param name="model">The form to fill.</param>
    /// <param name="actor">The signed-in Administrator.</param>
    /// <returns>A task that completes when filled.</returns>
    public async Task DescribeAsync(PortalUser user, UserEditModel model, ClaimsPrincipal actor)
    {
        model.Id = user.Id;
        model.Email = user.Email ?? "";
        model.CreatedAt = _zone.FormatDateTime(user.CreatedAt);
        model.LockedOutUntil = user.LockoutEnd is { } end && end > _clock.GetUtcNow() ? _zone.FormatDateTime(end) : null;
        model.FailedAttempts = user.AccessFailedCount;
        model.TwoFactorEnabled = await _users.GetTwoFactorEnabledAsync(user);
        model.IsSelf = IsSelf(user, actor);
        model.SectionChoices = await SectionChoicesAsync();
    }

    /// <summary>
    /// The sections offered in the per-right checkbox lists: top-level sections in menu order, each followed by its
    /// children (issue 11: a ticked parent includes its children).
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The choices.</returns>
    public async Task<IReadOnlyList<SectionChoice>> SectionChoicesAsync(CancellationToken cancellationToken = default)
    {
        var all = await _db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.ParentId })
            .ToListAsync(cancellationToken);
        var choices = new List<SectionChoice>();
        foreach (var parent in all.Where(c => c.ParentId is null))
        {
            choices.Add(new SectionChoice(parent.Id, parent.Name, false));
            choices.AddRange(all.Where(c => c.ParentId == parent.Id).Select(c => new SectionChoice(c.Id, c.Name, true)));
        }

        return choices;
    }

    /// <summary>
    /// Creates the account (e-mail as user name) with its roles and the <see cref="AuditActions.UserCreated"/>
    /// entry in one transaction. Roles must be known (<see cref="NewsroomRoles.All"/>) and at least one; the
    /// password policy and duplicate e-mails are Identity's, reported in Vietnamese.
    /// </summary>
    /// <param name="form">The posted form.</param>
    /// <param name="formIsValid">Whether the form passed its own validation; when false the roles are still checked (so every problem is reported at once) but nothing is created.</param>
    /// <returns>Changed with the new account's id; or Invalid with the errors.</returns>
    public async Task<AccountChange> CreateAsync(UserCreateModel form, bool formIsValid)
    {
        var errors = new List<FormError>();
        var roles = CheckRoles(form.Roles, errors);
        var sections = await CheckSectionsAsync(form, errors);
        if (!formIsValid || errors.Count > 0)
        {
            return AccountChange.Invalid(errors);
        }

        var email = form.Email.Trim();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = _clock.GetUtcNow(),
            MustChangePassword = form.MustChangePassword,
        };

        var transaction = await _db.Database.BeginTransactionAsync();
        await using (transaction)
        {
            var created = await _users.CreateAsync(user, form.Password);
            if (created.Succeeded)
            {
                created = await _users.AddToRolesAsync(user, roles);
            }

            if (!created.Succeeded)
            {
                // Disposing the transaction rolls back whatever part was saved.
                return AccountChange.Invalid(Describe(created));
            }

            _db.SectionGrants.AddRange(Grants(user.Id, sections));
            _audit.Add(
                AuditActions.UserCreated,
                Target(user),
                $"{email}; vai trò: {RoleNames(roles)}; chuyên mục: {await SectionNamesAsync(sections)}" + (form.MustChangePassword ? "; buộc đổi mật khẩu" : ""));
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return AccountChange.Changed($"Đã tạo tài khoản {email}.") with { UserId = user.Id };
    }

    /// <summary>
    /// Saves display name (<see cref="AuditActions.UserUpdated"/>) and roles (<see cref="AuditActions.RolesChanged"/>,
    /// "before → after", with a new security stamp so the user's other sessions re-read their roles). Refused
    /// when the actor would drop their own Administrator role (<see cref="OwnAdministratorRoleMessage"/>) or when
    /// the account changed since the form was loaded (Identity's concurrency stamp).
    /// </summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="form">The posted name, roles and version.</param>
    /// <param name="actor">The signed-in Administrator; their cookie is renewed when they changed their own account.</param>
    /// <param name="formIsValid">Whether the form passed its own validation; when false the role rules are still checked but nothing is saved.</param>
    /// <returns>Changed, Unchanged ("nothing to save"), or Invalid with the errors.</returns>
    public async Task<AccountChange> UpdateAsync(PortalUser user, UserEditModel form, ClaimsPrincipal actor, bool formIsValid)
    {
        var errors = new List<FormError>();
        var roles = CheckRoles(form.Roles, errors);
        var sections = await CheckSectionsAsync(form, errors);
        var before = await CurrentRolesAsync(user);
        var self = IsSelf(user, actor);
        if (self && before.Contains(NewsroomRoles.Administrator) && !roles.Contains(NewsroomRoles.Administrator))
        {
            errors.Add(new FormError(nameof(UserFormModel.Roles), OwnAdministratorRoleMessage));
        }

        if (formIsValid && errors.Count == 0 && !string.Equals(form.Version, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            errors.Add(new FormError("", _users.ErrorDescriber.ConcurrencyFailure().Description));
        }

        if (!formIsValid || errors.Count > 0)
        {
            return AccountChange.Invalid(errors);
        }

        var name = form.DisplayName.Trim();
        var oldName = user.DisplayName;
        var toAdd = roles.Except(before).ToList();
        var toRemove = before.Where(r => NewsroomRoles.All.Contains(r) && !roles.Contains(r)).ToList();
        var oldGrants = await _db.SectionGrants.Where(g => g.UserId == user.Id).ToListAsync();
        var oldSections = Sections(oldGrants);
        var sectionsChanged = !SameSections(oldSections, sections);
        if (name == oldName && toAdd.Count == 0 && toRemove.Count == 0 && !sectionsChanged)
        {
            return AccountChange.Unchanged("Không có gì thay đổi.");
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
                user.DisplayName = oldName;
                return AccountChange.Invalid(Describe(result));
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

            if (sectionsChanged)
            {
                // Read per request by AccountSections, so the change applies on the user's next request.
                _db.SectionGrants.RemoveRange(oldGrants);
                _db.SectionGrants.AddRange(Grants(user.Id, sections));
                _audit.Add(
                    AuditActions.SectionRightsChanged,
                    Target(user),
                    $"{user.Email}: {await SectionNamesAsync(oldSections)} → {await SectionNamesAsync(sections)}");
            }

            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        if (self)
        {
            await _signIn.RefreshSignInAsync(user);
        }

        return AccountChange.Changed($"Đã lưu tài khoản {user.Email}.");
    }

    /// <summary>Ends the lockout and resets the failed-attempt count (<see cref="AuditActions.UserUnlocked"/>, saying until when it was locked).</summary>
    /// <param name="user">The account (tracked).</param>
    /// <returns>Changed; Unchanged when neither locked nor with failed attempts; Failed when Identity refused.</returns>
    public async Task<AccountChange> UnlockAsync(PortalUser user)
    {
        var lockedOut = await _users.IsLockedOutAsync(user);
        if (!lockedOut && user.AccessFailedCount == 0)
        {
            return AccountChange.Unchanged($"Tài khoản {user.Email} không bị khoá.");
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
                return AccountChange.Failed("Không mở khoá được: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            var details = lockedOut && until is { } end
                ? $"{user.Email}: bỏ khoá đến {_zone.FormatDateTime(end)}"
                : $"{user.Email}: xoá số lần đăng nhập sai";
            _audit.Add(AuditActions.UserUnlocked, Target(user), details);
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return AccountChange.Changed($"Đã mở khoá tài khoản {user.Email}.");
    }

    /// <summary>
    /// Turns two-factor sign-in off and replaces the authenticator key, so a lost phone's codes no longer work
    /// (<see cref="AuditActions.TwoFactorChanged"/>). The user signs in with the password alone and may set it
    /// up again on their profile.
    /// </summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="actor">The signed-in Administrator; their cookie is renewed when it is their own account.</param>
    /// <returns>Changed; Unchanged when two-factor sign-in was off; Failed when Identity refused.</returns>
    public async Task<AccountChange> ResetTwoFactorAsync(PortalUser user, ClaimsPrincipal actor)
    {
        if (!await _users.GetTwoFactorEnabledAsync(user))
        {
            return AccountChange.Unchanged($"Tài khoản {user.Email} chưa bật xác thực hai lớp.");
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
                return AccountChange.Failed("Không tắt được xác thực hai lớp: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: quản trị viên tắt xác thực hai lớp, khoá cũ bị huỷ");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        if (IsSelf(user, actor))
        {
            await _signIn.RefreshSignInAsync(user);
        }

        return AccountChange.Changed($"Đã tắt xác thực hai lớp của {user.Email}; người dùng đăng nhập bằng mật khẩu và có thể bật lại trong hồ sơ.");
    }

    private static string Target(PortalUser user) => "User:" + user.Id;

    private static IEnumerable<SectionGrant> Grants(string userId, IReadOnlyDictionary<SectionRight, List<int>> sections) =>
        sections.SelectMany(r => r.Value.Select(id => new SectionGrant { UserId = userId, Right = r.Key, CategoryId = id }));

    private static Dictionary<SectionRight, List<int>> Sections(IEnumerable<SectionGrant> grants) =>
        grants.GroupBy(g => g.Right).ToDictionary(g => g.Key, g => g.Select(x => x.CategoryId).Order().ToList());

    private static bool SameSections(Dictionary<SectionRight, List<int>> a, Dictionary<SectionRight, List<int>> b) =>
        Enum.GetValues<SectionRight>().All(r => a.GetValueOrDefault(r, []).SequenceEqual(b.GetValueOrDefault(r, [])));

    // Keeps the ticked sections per right, sorted; an id that is not a section is a form error (nothing saved).
    private async Task<Dictionary<SectionRight, List<int>>> CheckSectionsAsync(UserFormModel form, List<FormError> errors)
    {
        var known = (await _db.Categories.AsNoTracking().Select(c => c.Id).ToListAsync()).ToHashSet();
        var result = new Dictionary<SectionRight, List<int>>();
        foreach (var right in Enum.GetValues<SectionRight>())
        {
            var posted = form.SectionsFor(right).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            var ids = new SortedSet<int>();
            foreach (var value in posted)
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && known.Contains(id))
                {
                    ids.Add(id);
                }
                else
                {
                    errors.Add(new FormError(right + "Sections", "Chuyên mục không hợp lệ (có thể vừa bị xoá); hãy tải lại trang và chọn lại."));
                    break;
                }
            }

            if (ids.Count > 0)
            {
                result[right] = [.. ids];
            }
        }

        return result;
    }

    // "Viết: Thời sự, Thể thao; Biên tập: tất cả; Xuất bản: tất cả" for the audit log.
    private async Task<string> SectionNamesAsync(IReadOnlyDictionary<SectionRight, List<int>> sections)
    {
        var names = await _db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
        return string.Join("; ", Enum.GetValues<SectionRight>().Select(r =>
            SectionRightLabel(r) + ": " + (sections.GetValueOrDefault(r) is { Count: > 0 } ids
                ? string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, "#" + id.ToString(CultureInfo.InvariantCulture))))
                : "tất cả")));
    }

    /// <summary>A right's name in the admin, e.g. "Viết" (issue 11's "viết / biên tập / xuất bản").</summary>
    /// <param name="right">The right.</param>
    /// <returns>Vietnamese label.</returns>
    public static string SectionRightLabel(SectionRight right) => right switch
    {
        SectionRight.Write => "Viết",
        SectionRight.Edit => "Biên tập",
        _ => "Xuất bản",
    };

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

    // Keeps only known roles, in NewsroomRoles.All order; a missing or unknown role is a form error.
    private static List<string> CheckRoles(IEnumerable<string> posted, List<FormError> errors)
    {
        var chosen = posted.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(r => !NewsroomRoles.All.Contains(r)))
        {
            errors.Add(new FormError(nameof(UserFormModel.Roles), "Vai trò không hợp lệ; hãy chọn trong danh sách."));
        }
        else if (chosen.Count == 0)
        {
            errors.Add(new FormError(nameof(UserFormModel.Roles), "Hãy chọn ít nhất một vai trò."));
        }

        return NewsroomRoles.All.Where(chosen.Contains).ToList();
    }

    private static List<FormError> Describe(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new List<FormError>();
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
            errors.Add(new FormError("", message));
        }

        return errors;
    }

    private bool IsSelf(PortalUser user, ClaimsPrincipal actor) =>
        string.Equals(_users.GetUserId(actor), user.Id, StringComparison.Ordinal);

    private async Task<List<string>> CurrentRolesAsync(PortalUser user) =>
        Ordered(await _users.GetRolesAsync(user)).ToList();
}
