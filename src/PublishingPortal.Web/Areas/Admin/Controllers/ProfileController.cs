using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Profile;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The signed-in user's own account, for every newsroom role: <c>/admin/ho-so</c> (name, e-mail, roles,
/// change password) and two-factor sign-in with an authenticator app (TOTP, RFC 6238) at
/// <c>/admin/ho-so/xac-thuc-hai-lop</c>. Making a key, turning it on (with a code from the app) and
/// off (with the password) are POSTs; a GET never changes the account. The work and its audit entries
/// are <see cref="ProfileSettings"/>'s.
/// </summary>
public sealed class ProfileController : AdminController
{
    private readonly ProfileSettings _profile;

    /// <summary>Creates the controller.</summary>
    /// <param name="profile">The user's own account settings.</param>
    public ProfileController(ProfileSettings profile)
    {
        _profile = profile;
    }

    /// <summary>GET <c>/admin/ho-so</c>: own name, e-mail, roles, two-factor state and the change-password form.</summary>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.ProfileTemplate)]
    public async Task<IActionResult> Index()
    {
        var user = await _profile.FindAsync(User);
        return user is null ? Challenge() : View(await _profile.ProfilePageAsync(user));
    }

    /// <summary>
    /// POST <c>/admin/ho-so/doi-mat-khau</c>: <see cref="UserManager{TUser}.ChangePasswordAsync"/>, then renews the
    /// sign-in cookie (the security stamp changed, so other sessions end at their next validation);
    /// audited as <see cref="AuditActions.PasswordChanged"/>.
    /// </summary>
    /// <param name="model">The form (fields prefixed <c>ChangePassword.</c>).</param>
    /// <returns>Redirect to the profile; the page with Vietnamese errors otherwise.</returns>
    [HttpPost(AdminUrls.PasswordTemplate)]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = nameof(ProfilePage.ChangePassword))] ChangePasswordModel model)
    {
        var user = await _profile.FindAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var change = await _profile.ChangePasswordAsync(user, model, ModelState.IsValid);
        if (change.Outcome == AccountChangeOutcome.Invalid)
        {
            AddErrors(change.Errors);
            return View(nameof(Index), await _profile.ProfilePageAsync(user));
        }

        Flash(change.Message);
        return Redirect(AdminUrls.Profile);
    }

    /// <summary>POST <c>/admin/ho-so/thu-thong-bao</c>: turns one's e-mail notifications on (<c>nhanThu=true</c>) or off.</summary>
    /// <param name="nhanThu">True to receive e-mail; absent (an unticked box) means off.</param>
    /// <returns>Redirect to the profile with a message.</returns>
    [HttpPost(AdminUrls.ProfileEmailTemplate)]
    public async Task<IActionResult> EmailNotifications(bool nhanThu)
    {
        var user = await _profile.FindAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Flash((await _profile.SetEmailNotificationsAsync(user, nhanThu)).Message);
        return Redirect(AdminUrls.Profile);
    }

    /// <summary>
    /// GET <c>/admin/ho-so/xac-thuc-hai-lop</c>: when off, the shared key (groups of 4) and its
    /// <c>otpauth://</c> URI once a key has been made, and the form for the first code; when on, the
    /// number of recovery codes left and the form that turns it off.
    /// </summary>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.TwoFactorTemplate)]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await _profile.FindAsync(User);
        return user is null ? Challenge() : View(await _profile.TwoFactorPageAsync(user));
    }

    /// <summary>
    /// POST <c>/admin/ho-so/xac-thuc-hai-lop/tao-khoa</c>: makes a new shared key (replacing an unconfirmed
    /// one) while two-factor sign-in is off.
    /// </summary>
    /// <returns>Redirect to the two-factor page.</returns>
    [HttpPost(AdminUrls.TwoFactorKeyTemplate)]
    public async Task<IActionResult> NewKey()
    {
        var user = await _profile.FindAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Flash((await _profile.NewKeyAsync(user)).Message);
        return Redirect(AdminUrls.TwoFactor);
    }

    /// <summary>
    /// POST <c>/admin/ho-so/xac-thuc-hai-lop</c>: checks a code from the app against the stored key, turns
    /// two-factor sign-in on and shows <see cref="ProfileSettings.RecoveryCodeCount"/> new recovery codes,
    /// once. Audited as <see cref="AuditActions.TwoFactorChanged"/>.
    /// </summary>
    /// <param name="model">The form (field <c>Enable.Code</c>).</param>
    /// <returns>The recovery codes; the page with an error for a wrong code; a redirect when there is nothing to do.</returns>
    [HttpPost(AdminUrls.TwoFactorTemplate)]
    public async Task<IActionResult> EnableTwoFactor([Bind(Prefix = nameof(TwoFactorPage.Enable))] EnableTwoFactorModel model)
    {
        var user = await _profile.FindAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var change = await _profile.EnableTwoFactorAsync(user, model, ModelState.IsValid);
        switch (change.Outcome)
        {
            case AccountChangeOutcome.Changed:
                return View("RecoveryCodes", change.RecoveryCodes);
            case AccountChangeOutcome.Invalid:
                AddErrors(change.Errors);
                var page = await _profile.TwoFactorPageAsync(user);
                page.Enable = new EnableTwoFactorModel();
                return View(nameof(TwoFactor), page);
            default:
                Flash(change.Message);
                return Redirect(AdminUrls.TwoFactor);
        }
    }

    /// <summary>
    /// POST <c>/admin/ho-so/tat-xac-thuc-hai-lop</c>: with the current password, turns two-factor sign-in
    /// off and replaces the key, so the old app entry stops working. Audited as <see cref="AuditActions.TwoFactorChanged"/>.
    /// </summary>
    /// <param name="model">The form (field <c>Disable.CurrentPassword</c>).</param>
    /// <returns>Redirect to the two-factor page; the page with an error for a wrong password.</returns>
    [HttpPost(AdminUrls.TwoFactorOffTemplate)]
    public async Task<IActionResult> DisableTwoFactor([Bind(Prefix = nameof(TwoFactorPage.Disable))] DisableTwoFactorModel model)
    {
        var user = await _profile.FindAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var change = await _profile.DisableTwoFactorAsync(user, model, ModelState.IsValid);
        if (change.Outcome == AccountChangeOutcome.Invalid)
        {
            AddErrors(change.Errors);
            return View(nameof(TwoFactor), await _profile.TwoFactorPageAsync(user));
        }

        Flash(change.Message);
        return Redirect(AdminUrls.TwoFactor);
    }
}
