using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Areas.Admin.Models.Profile;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The signed-in user's own account, for every newsroom role: <c>/admin/ho-so</c> (name, e-mail, roles,
/// change password) and two-factor sign-in with an authenticator app (TOTP, RFC 6238) at
/// <c>/admin/ho-so/xac-thuc-hai-lop</c>. Making a key, turning it on (with a code from the app) and
/// off (with the password) are POSTs; a GET never changes the account. Changes are audited.
/// </summary>
public sealed class ProfileController : AdminController
{
    /// <summary>Recovery codes issued when two-factor sign-in is turned on, each good for one sign-in.</summary>
    public const int RecoveryCodeCount = 10;

    private const string TwoFactorPath = "/admin/ho-so/xac-thuc-hai-lop";

    private const string WrongPasswordMessage = "Mật khẩu hiện tại không đúng.";

    private readonly UserManager<PortalUser> _users;
    private readonly SignInManager<PortalUser> _signIn;
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SiteOptions _site;

    /// <summary>Creates the controller.</summary>
    /// <param name="users">Identity users (shares <paramref name="db"/> as its store's context).</param>
    /// <param name="signIn">Identity sign-in, to renew the cookie after the security stamp changes.</param>
    /// <param name="db">The request's context, for transactions.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="site">Site settings: <see cref="SiteOptions.Name"/> is the issuer shown by authenticator apps.</param>
    public ProfileController(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalDbContext db, AuditLog audit, IOptions<SiteOptions> site)
    {
        _users = users;
        _signIn = signIn;
        _db = db;
        _audit = audit;
        _site = site.Value;
    }

    /// <summary>GET <c>/admin/ho-so</c>: own name, e-mail, roles, two-factor state and the change-password form.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/admin/ho-so")]
    public async Task<IActionResult> Index()
    {
        var user = await _users.GetUserAsync(User);
        return user is null ? Challenge() : View(await ProfileAsync(user, new ChangePasswordModel()));
    }

    /// <summary>
    /// POST <c>/admin/ho-so/doi-mat-khau</c>: <see cref="UserManager{TUser}.ChangePasswordAsync"/>, then renews the
    /// sign-in cookie (the security stamp changed, so other sessions end at their next validation);
    /// audited as <see cref="AuditActions.PasswordChanged"/>.
    /// </summary>
    /// <param name="model">The form (fields prefixed <c>ChangePassword.</c>).</param>
    /// <returns>Redirect to the profile; the page with Vietnamese errors otherwise.</returns>
    [HttpPost("/admin/ho-so/doi-mat-khau")]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = nameof(ProfilePage.ChangePassword))] ChangePasswordModel model)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await _users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
            if (result.Succeeded)
            {
                await _signIn.RefreshSignInAsync(user);
                await _audit.WriteAsync(AuditActions.PasswordChanged, Target(user), user.Email ?? "");
                Flash("Đã đổi mật khẩu.");
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", Describe(error));
            }
        }

        return View(nameof(Index), await ProfileAsync(user, new ChangePasswordModel()));
    }

    /// <summary>
    /// GET <c>/admin/ho-so/xac-thuc-hai-lop</c>: when off, the shared key (groups of 4) and its
    /// <c>otpauth://</c> URI once a key has been made, and the form for the first code; when on, the
    /// number of recovery codes left and the form that turns it off.
    /// </summary>
    /// <returns>The page.</returns>
    [HttpGet(TwoFactorPath)]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await _users.GetUserAsync(User);
        return user is null ? Challenge() : View(await TwoFactorPageAsync(user));
    }

    /// <summary>
    /// POST <c>/admin/ho-so/xac-thuc-hai-lop/tao-khoa</c>: makes a new shared key (replacing an unconfirmed
    /// one) while two-factor sign-in is off.
    /// </summary>
    /// <returns>Redirect to the two-factor page.</returns>
    [HttpPost(TwoFactorPath + "/tao-khoa")]
    public async Task<IActionResult> NewKey()
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await _users.GetTwoFactorEnabledAsync(user))
        {
            Flash("Xác thực hai lớp đang bật; hãy tắt trước khi tạo khoá mới.");
            return Redirect(TwoFactorPath);
        }

        var result = await _users.ResetAuthenticatorKeyAsync(user);
        if (result.Succeeded)
        {
            // The reset changed the security stamp; renew this session's cookie with it.
            await _signIn.RefreshSignInAsync(user);
        }

        Flash(result.Succeeded ? "Đã tạo khoá mới. Hãy thêm khoá vào ứng dụng xác thực rồi nhập mã để bật." : "Không tạo được khoá; hãy thử lại.");
        return Redirect(TwoFactorPath);
    }

    /// <summary>
    /// POST <c>/admin/ho-so/xac-thuc-hai-lop</c>: checks a code from the app against the stored key
    /// (<see cref="UserManager{TUser}.VerifyTwoFactorTokenAsync"/> with
    /// <see cref="TokenOptions.DefaultAuthenticatorProvider"/>), turns two-factor sign-in on and shows
    /// <see cref="RecoveryCodeCount"/> new recovery codes, once. Audited as <see cref="AuditActions.TwoFactorChanged"/>.
    /// </summary>
    /// <param name="model">The form (field <c>Enable.Code</c>).</param>
    /// <returns>The recovery codes; the page with an error for a wrong code; a redirect when there is nothing to do.</returns>
    [HttpPost(TwoFactorPath)]
    public async Task<IActionResult> EnableTwoFactor([Bind(Prefix = nameof(TwoFactorPage.Enable))] EnableTwoFactorModel model)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await _users.GetTwoFactorEnabledAsync(user))
        {
            Flash("Xác thực hai lớp đã bật.");
            return Redirect(TwoFactorPath);
        }

        if (string.IsNullOrEmpty(await _users.GetAuthenticatorKeyAsync(user)))
        {
            Flash("Hãy tạo khoá trước khi nhập mã.");
            return Redirect(TwoFactorPath);
        }

        if (ModelState.IsValid)
        {
            var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            var valid = code.Length == 6
                && code.All(char.IsAsciiDigit)
                && await _users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code);
            if (valid)
            {
                IEnumerable<string>? codes;
                var transaction = await _db.Database.BeginTransactionAsync();
                await using (transaction)
                {
                    var result = await _users.SetTwoFactorEnabledAsync(user, true);
                    codes = result.Succeeded
                        ? await _users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount)
                        : null;
                    if (codes is null)
                    {
                        Flash("Không bật được xác thực hai lớp; hãy thử lại.");
                        return Redirect(TwoFactorPath);
                    }

                    _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: bật xác thực hai lớp");
                    await _db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }

                await _signIn.RefreshSignInAsync(user);
                return View("RecoveryCodes", codes.ToList());
            }

            ModelState.AddModelError($"{nameof(TwoFactorPage.Enable)}.{nameof(model.Code)}", "Mã xác thực không đúng hoặc đã hết hạn; hãy nhập mã đang hiện trong ứng dụng.");
        }

        var page = await TwoFactorPageAsync(user);
        page.Enable = new EnableTwoFactorModel();
        return View(nameof(TwoFactor), page);
    }

    /// <summary>
    /// POST <c>/admin/ho-so/tat-xac-thuc-hai-lop</c>: with the current password, turns two-factor sign-in
    /// off and replaces the key, so the old app entry stops working. Audited as <see cref="AuditActions.TwoFactorChanged"/>.
    /// </summary>
    /// <param name="model">The form (field <c>Disable.CurrentPassword</c>).</param>
    /// <returns>Redirect to the two-factor page; the page with an error for a wrong password.</returns>
    [HttpPost("/admin/ho-so/tat-xac-thuc-hai-lop")]
    public async Task<IActionResult> DisableTwoFactor([Bind(Prefix = nameof(TwoFactorPage.Disable))] DisableTwoFactorModel model)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await _users.GetTwoFactorEnabledAsync(user))
        {
            Flash("Xác thực hai lớp chưa bật.");
            return Redirect(TwoFactorPath);
        }

        if (ModelState.IsValid && !await _users.CheckPasswordAsync(user, model.CurrentPassword))
        {
            ModelState.AddModelError($"{nameof(TwoFactorPage.Disable)}.{nameof(model.CurrentPassword)}", WrongPasswordMessage);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(TwoFactor), await TwoFactorPageAsync(user));
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
                Flash("Không tắt được xác thực hai lớp; hãy thử lại.");
                return Redirect(TwoFactorPath);
            }

            _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: tắt xác thực hai lớp");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await _signIn.RefreshSignInAsync(user);
        Flash("Đã tắt xác thực hai lớp. Từ nay bạn đăng nhập chỉ bằng mật khẩu.");
        return Redirect(TwoFactorPath);
    }

    private static string Target(PortalUser user) => "User:" + user.Id;

    // Identity's PasswordMismatch has no Vietnamese text in VietnameseIdentityErrorDescriber.
    private static string Describe(IdentityError error) =>
        error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? WrongPasswordMessage : error.Description;

    private async Task<ProfilePage> ProfileAsync(PortalUser user, ChangePasswordModel form)
    {
        var roles = await _users.GetRolesAsync(user);
        return new ProfilePage
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            Roles = NewsroomRoles.All.Where(roles.Contains).Select(NewsroomRoles.DisplayName).ToList(),
            TwoFactorEnabled = await _users.GetTwoFactorEnabledAsync(user),
            ChangePassword = form,
        };
    }

    private async Task<TwoFactorPage> TwoFactorPageAsync(PortalUser user)
    {
        var page = new TwoFactorPage { Enabled = await _users.GetTwoFactorEnabledAsync(user) };
        if (page.Enabled)
        {
            page.RecoveryCodesLeft = await _users.CountRecoveryCodesAsync(user);
            return page;
        }

        var key = await _users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
        {
            page.SharedKey = AuthenticatorKey.Format(key);
            page.OtpAuthLink = AuthenticatorKey.OtpAuth(_site.Name, user.Email ?? user.UserName ?? "", key);
        }

        return page;
    }
}
