using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Areas.Admin.Models.Profile;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// The signed-in user's own account (<c>/admin/ho-so</c>), for every newsroom role: the profile, changing
/// the password, and two-factor sign-in with an authenticator app (TOTP, RFC 6238) — making a key, turning
/// it on with a code from the app (which issues <see cref="RecoveryCodeCount"/> recovery codes) and off with
/// the password. Each change renews the user's sign-in cookie (the security stamp changed, so other sessions
/// end at their next validation) and is audited (<see cref="AuditActions.PasswordChanged"/>,
/// <see cref="AuditActions.TwoFactorChanged"/>).
/// </summary>
public sealed class ProfileSettings
{
    /// <summary>Recovery codes issued when two-factor sign-in is turned on, each good for one sign-in.</summary>
    public const int RecoveryCodeCount = 10;

    private const string WrongPasswordMessage = "Mật khẩu hiện tại không đúng.";

    private readonly UserManager<PortalUser> _users;
    private readonly SignInManager<PortalUser> _signIn;
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SiteOptions _site;

    /// <summary>Creates the service.</summary>
    /// <param name="users">Identity users (shares <paramref name="db"/> as its store's context).</param>
    /// <param name="signIn">Identity sign-in, to renew the cookie after the security stamp changes.</param>
    /// <param name="db">The request's context, for transactions.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="site">Site settings: <see cref="SiteOptions.Name"/> is the issuer shown by authenticator apps.</param>
    public ProfileSettings(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalDbContext db, AuditLog audit, IOptions<SiteOptions> site)
    {
        _users = users;
        _signIn = signIn;
        _db = db;
        _audit = audit;
        _site = site.Value;
    }

    /// <summary>The signed-in user's account.</summary>
    /// <param name="principal">The request's user.</param>
    /// <returns>The account (tracked), or null when the cookie names no existing account.</returns>
    public Task<PortalUser?> FindAsync(ClaimsPrincipal principal) => _users.GetUserAsync(principal);

    /// <summary>The profile page: own name, e-mail, Vietnamese role names (most powerful first), two-factor state and an empty change-password form.</summary>
    /// <param name="user">The account.</param>
    /// <returns>The page model.</returns>
    public async Task<ProfilePage> ProfilePageAsync(PortalUser user)
    {
        var roles = await _users.GetRolesAsync(user);
        return new ProfilePage
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            Roles = NewsroomRoles.All.Where(roles.Contains).Select(NewsroomRoles.DisplayName).ToList(),
            TwoFactorEnabled = await _users.GetTwoFactorEnabledAsync(user),
            EmailNotifications = !user.EmailNotificationsOff,
            ChangePassword = new ChangePasswordModel(),
        };
    }

    /// <summary>
    /// The two-factor page: when off, the shared key (groups of 4) and its <c>otpauth://</c> URI once a key
    /// has been made; when on, the number of recovery codes left.
    /// </summary>
    /// <param name="user">The account.</param>
    /// <returns>The page model, with empty forms.</returns>
    public async Task<TwoFactorPage> TwoFactorPageAsync(PortalUser user)
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
            page.QrCodeSvg = QrCodeSvg.Render(page.OtpAuthLink);
        }

        return page;
    }

    /// <summary>
    /// <see cref="UserManager{TUser}.ChangePasswordAsync"/>, then renews the sign-in cookie and writes
    /// <see cref="AuditActions.PasswordChanged"/>.
    /// </summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="form">Current and new password.</param>
    /// <param name="formIsValid">Whether the form passed its own validation; when false nothing is tried.</param>
    /// <returns>Changed; or Invalid with Identity's Vietnamese errors (a wrong current password included) for the whole form.</returns>
    public async Task<AccountChange> ChangePasswordAsync(PortalUser user, ChangePasswordModel form, bool formIsValid)
    {
        if (!formIsValid)
        {
            return AccountChange.Invalid([]);
        }

        // Cleared with the same save as the new hash; restored when Identity refuses (nothing was saved then).
        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await _users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = mustChange;
            return AccountChange.Invalid(result.Errors.Select(e => new FormError("", Describe(e))).ToList());
        }

        await _signIn.RefreshSignInAsync(user);
        await _audit.WriteAsync(AuditActions.PasswordChanged, Target(user), user.Email ?? "");
        return AccountChange.Changed("Đã đổi mật khẩu.");
    }

    /// <summary>Turns the person's e-mail notifications on or off (issue 11); the admin notifications stay either way. Not audited: it concerns only the person.</summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="on">True to receive e-mail.</param>
    /// <returns>Changed with a Vietnamese sentence.</returns>
    public async Task<AccountChange> SetEmailNotificationsAsync(PortalUser user, bool on)
    {
        user.EmailNotificationsOff = !on;
        await _db.SaveChangesAsync();
        return AccountChange.Changed(on ? "Đã bật thư thông báo." : "Đã tắt thư thông báo. Bạn vẫn xem thông báo trong trang quản trị.");
    }

    /// <summary>Makes a new shared key (replacing an unconfirmed one) while two-factor sign-in is off. Not audited: nothing is on until a code confirms the key.</summary>
    /// <param name="user">The account (tracked).</param>
    /// <returns>Changed; Unchanged while two-factor sign-in is on; Failed when Identity refused.</returns>
    public async Task<AccountChange> NewKeyAsync(PortalUser user)
    {
        if (await _users.GetTwoFactorEnabledAsync(user))
        {
            return AccountChange.Unchanged("Xác thực hai lớp đang bật; hãy tắt trước khi tạo khoá mới.");
        }

        var result = await _users.ResetAuthenticatorKeyAsync(user);
        if (!result.Succeeded)
        {
            return AccountChange.Failed("Không tạo được khoá; hãy thử lại.");
        }

        // The reset changed the security stamp; renew this session's cookie with it.
        await _signIn.RefreshSignInAsync(user);
        return AccountChange.Changed("Đã tạo khoá mới. Hãy thêm khoá vào ứng dụng xác thực rồi nhập mã để bật.");
    }

    /// <summary>
    /// Checks a code from the app against the stored key (<see cref="UserManager{TUser}.VerifyTwoFactorTokenAsync"/>
    /// with <see cref="TokenOptions.DefaultAuthenticatorProvider"/>; spaces and dashes ignored, six digits),
    /// turns two-factor sign-in on and issues <see cref="RecoveryCodeCount"/> new recovery codes, with
    /// <see cref="AuditActions.TwoFactorChanged"/>, in one transaction.
    /// </summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="form">The code typed.</param>
    /// <param name="formIsValid">Whether the form passed its own validation; when false the state is still checked (it answers first) but no code is.</param>
    /// <returns>
    /// Changed with <see cref="AccountChange.RecoveryCodes"/>; Unchanged when already on or no key was made yet;
    /// Invalid for a wrong code (field <c>Enable.Code</c>); Failed when Identity refused.
    /// </returns>
    public async Task<AccountChange> EnableTwoFactorAsync(PortalUser user, EnableTwoFactorModel form, bool formIsValid)
    {
        if (await _users.GetTwoFactorEnabledAsync(user))
        {
            return AccountChange.Unchanged("Xác thực hai lớp đã bật.");
        }

        if (string.IsNullOrEmpty(await _users.GetAuthenticatorKeyAsync(user)))
        {
            return AccountChange.Unchanged("Hãy tạo khoá trước khi nhập mã.");
        }

        if (!formIsValid)
        {
            return AccountChange.Invalid([]);
        }

        var code = form.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = code.Length == 6
            && code.All(char.IsAsciiDigit)
            && await _users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code);
        if (!valid)
        {
            return AccountChange.Invalid(
                [new FormError($"{nameof(TwoFactorPage.Enable)}.{nameof(EnableTwoFactorModel.Code)}", "Mã xác thực không đúng hoặc đã hết hạn; hãy nhập mã đang hiện trong ứng dụng.")]);
        }

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
                return AccountChange.Failed("Không bật được xác thực hai lớp; hãy thử lại.");
            }

            _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: bật xác thực hai lớp");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await _signIn.RefreshSignInAsync(user);
        return AccountChange.Changed("Đã bật xác thực hai lớp.") with { RecoveryCodes = codes.ToList() };
    }

    /// <summary>
    /// With the current password, turns two-factor sign-in off and replaces the key, so the old app entry
    /// stops working (<see cref="AuditActions.TwoFactorChanged"/>, same transaction).
    /// </summary>
    /// <param name="user">The account (tracked).</param>
    /// <param name="form">The current password.</param>
    /// <param name="formIsValid">Whether the form passed its own validation; when false the state is still checked but the password is not.</param>
    /// <returns>Changed; Unchanged when it was off; Invalid for a wrong password (field <c>Disable.CurrentPassword</c>); Failed when Identity refused.</returns>
    public async Task<AccountChange> DisableTwoFactorAsync(PortalUser user, DisableTwoFactorModel form, bool formIsValid)
    {
        if (!await _users.GetTwoFactorEnabledAsync(user))
        {
            return AccountChange.Unchanged("Xác thực hai lớp chưa bật.");
        }

        if (!formIsValid)
        {
            return AccountChange.Invalid([]);
        }

        if (!await _users.CheckPasswordAsync(user, form.CurrentPassword))
        {
            return AccountChange.Invalid(
                [new FormError($"{nameof(TwoFactorPage.Disable)}.{nameof(DisableTwoFactorModel.CurrentPassword)}", WrongPasswordMessage)]);
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
                return AccountChange.Failed("Không tắt được xác thực hai lớp; hãy thử lại.");
            }

            _audit.Add(AuditActions.TwoFactorChanged, Target(user), $"{user.Email}: tắt xác thực hai lớp");
            await _db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await _signIn.RefreshSignInAsync(user);
        return AccountChange.Changed("Đã tắt xác thực hai lớp. Từ nay bạn đăng nhập chỉ bằng mật khẩu.");
    }

    private static string Target(PortalUser user) => "User:" + user.Id;

    // Identity's PasswordMismatch has no Vietnamese text in VietnameseIdentityErrorDescriber.
    private static string Describe(IdentityError error) =>
        error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? WrongPasswordMessage : error.Description;
}
