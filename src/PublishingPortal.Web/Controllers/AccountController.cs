using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Controllers;

/// <summary>
/// Sign-in (<c>/dang-nhap</c>, with an authenticator-code step when two-factor sign-in is on, or a
/// recovery code at <c>/dang-nhap/ma-khoi-phuc</c> for someone without their phone) and
/// sign-out (<c>/dang-xuat</c>). Every failure shows the same message, so the form never tells
/// whether an account exists; five failures lock the account for 15 minutes.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AccountController : Controller
{
    /// <summary>The one message for every failed sign-in.</summary>
    public const string FailureMessage = "E-mail hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá. Hãy thử lại; sau 5 lần sai, tài khoản bị khoá 15 phút.";

    private readonly SignInManager<PortalUser> _signIn;
    private readonly UserManager<PortalUser> _users;
    private readonly AuditLog _audit;
    private readonly PasswordReset _reset;

    /// <summary>Creates the controller.</summary>
    /// <param name="signIn">Identity sign-in.</param>
    /// <param name="users">Identity users.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="reset">Password reset by e-mail.</param>
    public AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit, PasswordReset reset)
    {
        _signIn = signIn;
        _users = users;
        _audit = audit;
        _reset = reset;
    }

    /// <summary>The one answer to a reset request, whether or not the address has an account.</summary>
    public const string ResetSentMessage = "Nếu địa chỉ có tài khoản, thư đã được gửi. Hãy mở thư và làm theo liên kết trong vòng 2 giờ.";

    /// <summary>Shown instead of the reset form when no SMTP server is configured.</summary>
    public const string ResetUnavailableMessage = "Chưa thể đặt lại mật khẩu qua e-mail vì hệ thống chưa cấu hình máy chủ thư. Hãy liên hệ quản trị viên để được cấp mật khẩu mới.";

    /// <summary>GET <c>/dang-nhap/quen-mat-khau</c>: the form asking for the e-mail, or the notice that reset by e-mail is off.</summary>
    /// <returns>The page.</returns>
    [HttpGet(AdminUrls.ForgotPasswordTemplate)]
    [AllowAnonymous]
    public IActionResult ForgotPassword()
    {
        ViewData["Available"] = _reset.Available;
        return View(new ForgotPasswordModel());
    }

    /// <summary>
    /// POST <c>/dang-nhap/quen-mat-khau</c>: mails a reset link when the address has an account; always answers
    /// <see cref="ResetSentMessage"/> (rate limited per IP and per e-mail like sign-in).
    /// </summary>
    /// <param name="model">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page with the answer, or with the form's errors.</returns>
    [HttpPost(AdminUrls.ForgotPasswordTemplate)]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model, CancellationToken cancellationToken)
    {
        ViewData["Available"] = _reset.Available;
        if (!_reset.Available || !ModelState.IsValid)
        {
            return View(model);
        }

        await _reset.RequestAsync(model.Email, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        ViewData["Sent"] = ResetSentMessage;
        return View(new ForgotPasswordModel());
    }

    /// <summary>GET <c>/dang-nhap/dat-lai-mat-khau?taikhoan=&amp;ma=</c>: the new-password form from the e-mail's link.</summary>
    /// <param name="taikhoan">Account id.</param>
    /// <param name="ma">Reset token.</param>
    /// <returns>The form (the token is checked when it is posted).</returns>
    [HttpGet(AdminUrls.ResetPasswordTemplate)]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? taikhoan, string? ma)
    {
        if (string.IsNullOrEmpty(taikhoan) || string.IsNullOrEmpty(ma))
        {
            ModelState.AddModelError("", PasswordReset.ExpiredMessage);
        }

        return View(new ResetPasswordModel { UserId = taikhoan ?? "", Token = ma ?? "" });
    }

    /// <summary>POST <c>/dang-nhap/dat-lai-mat-khau</c>: sets the new password with the token (rate limited per IP).</summary>
    /// <param name="model">The form.</param>
    /// <returns>The sign-in page with a notice; the form with Vietnamese errors otherwise.</returns>
    [HttpPost(AdminUrls.ResetPasswordTemplate)]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(ResetPasswordModel model)
    {
        if (ModelState.IsValid)
        {
            var change = await _reset.ResetAsync(model);
            if (change.Outcome == AccountChangeOutcome.Changed)
            {
                ViewData["Notice"] = change.Message;
                return View(nameof(SignIn), new SignInModel());
            }

            foreach (var error in change.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
        }

        model.NewPassword = "";
        model.ConfirmPassword = "";
        return View(model);
    }

    /// <summary>GET <c>/dang-nhap</c>: the form.</summary>
    /// <param name="returnUrl">Where to go after signing in (local paths only).</param>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.SignInTemplate)]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        View(new SignInModel { ReturnUrl = LocalUrl.IsSafe(returnUrl) ? returnUrl : null });

    /// <summary>POST <c>/dang-nhap</c>: checks the password (antiforgery token required).</summary>
    /// <param name="model">The form.</param>
    /// <returns>A redirect on success; the form with one generic message otherwise.</returns>
    [HttpPost(AdminUrls.SignInTemplate)]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn(SignInModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email.Trim();
        var result = await _signIn.PasswordSignInAsync(email, model.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await _users.FindByNameAsync(email);
        if (result.Succeeded)
        {
            await _audit.WriteAsync(AuditActions.SignIn, userId: user?.Id, userName: user?.UserName);
            return LocalRedirect(SafeReturn(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect(AdminUrls.SignInCode(SafeReturn(model.ReturnUrl)));
        }

        await _audit.WriteAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, userId: user?.Id, userName: email);
        ModelState.AddModelError("", FailureMessage);
        model.Password = "";
        return View(model);
    }

    /// <summary>GET <c>/dang-nhap/ma-xac-thuc</c>: the authenticator-code step.</summary>
    /// <param name="returnUrl">Where to go after signing in.</param>
    /// <returns>The form, or back to the first step when no password step is pending.</returns>
    [HttpGet(AdminUrls.SignInCodeTemplate)]
    [AllowAnonymous]
    public async Task<IActionResult> TwoFactor(string? returnUrl)
    {
        var pending = await _signIn.GetTwoFactorAuthenticationUserAsync();
        return pending is null
            ? Redirect(AdminUrls.SignIn())
            : View(new TwoFactorModel { ReturnUrl = LocalUrl.IsSafe(returnUrl) ? returnUrl : null });
    }

    /// <summary>POST <c>/dang-nhap/ma-xac-thuc</c>: checks the code.</summary>
    /// <param name="model">The form.</param>
    /// <returns>A redirect on success; the form with a message otherwise.</returns>
    [HttpPost(AdminUrls.SignInCodeTemplate)]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TwoFactor(TwoFactorModel model)
    {
        var pending = await _signIn.GetTwoFactorAuthenticationUserAsync();
        if (pending is null)
        {
            return Redirect(AdminUrls.SignIn());
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await _signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await _audit.WriteAsync(AuditActions.SignIn, details: "xác thực hai lớp", userId: pending.Id, userName: pending.UserName);
            return LocalRedirect(SafeReturn(model.ReturnUrl));
        }

        await _audit.WriteAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, details: "sai mã xác thực", userId: pending.Id, userName: pending.UserName);
        ModelState.AddModelError("", "Mã xác thực không đúng hoặc đã hết hạn.");
        model.Code = "";
        return View(model);
    }

    /// <summary>
    /// GET <c>/dang-nhap/ma-khoi-phuc</c>: the second step with a recovery code instead of the app's code,
    /// for someone without their phone.
    /// </summary>
    /// <param name="returnUrl">Where to go after signing in.</param>
    /// <returns>The form, or back to the first step when no password step is pending.</returns>
    [HttpGet(AdminUrls.SignInRecoveryTemplate)]
    [AllowAnonymous]
    public async Task<IActionResult> RecoveryCode(string? returnUrl)
    {
        var pending = await _signIn.GetTwoFactorAuthenticationUserAsync();
        return pending is null
            ? Redirect(AdminUrls.SignIn())
            : View(new TwoFactorModel { ReturnUrl = LocalUrl.IsSafe(returnUrl) ? returnUrl : null });
    }

    /// <summary>
    /// POST <c>/dang-nhap/ma-khoi-phuc</c>: redeems one of the recovery codes issued when two-factor
    /// sign-in was turned on (form XXXXX-XXXXX, case and spaces ignored); each works once.
    /// </summary>
    /// <param name="model">The form.</param>
    /// <returns>A redirect on success; the form with a message otherwise.</returns>
    [HttpPost(AdminUrls.SignInRecoveryTemplate)]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RecoveryCode(TwoFactorModel model)
    {
        var pending = await _signIn.GetTwoFactorAuthenticationUserAsync();
        if (pending is null)
        {
            return Redirect(AdminUrls.SignIn());
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var result = await _signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await _audit.WriteAsync(AuditActions.SignIn, details: "mã khôi phục", userId: pending.Id, userName: pending.UserName);
            return LocalRedirect(SafeReturn(model.ReturnUrl));
        }

        await _audit.WriteAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, details: "sai mã khôi phục", userId: pending.Id, userName: pending.UserName);
        ModelState.AddModelError("", "Mã khôi phục không đúng hoặc đã được dùng.");
        model.Code = "";
        return View(model);
    }

    /// <summary>POST <c>/dang-xuat</c>: signs out (antiforgery token required; never on GET).</summary>
    /// <returns>Redirect to the home page.</returns>
    [HttpPost(AdminUrls.SignOutTemplate)]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutPost()
    {
        await _audit.WriteAsync(AuditActions.SignOut);
        await _signIn.SignOutAsync();
        return LocalRedirect(ReaderUrls.Home);
    }

    private string SafeReturn(string? returnUrl) =>
        LocalUrl.IsSafe(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl! : AdminUrls.Home;
}
