using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Listing;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Users;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Newsroom accounts, Administrators only (<see cref="PortalPolicies.Administration"/> on top of the
/// area-wide policy): list <c>/admin/tai-khoan</c>, create <c>/admin/tai-khoan/tao-moi</c>, edit name,
/// roles and the sections per right (issue 11) <c>/admin/tai-khoan/{id}</c>, clear a lockout <c>…/mo-khoa</c> and turn off two-factor
/// sign-in for someone who lost their phone <c>…/tat-xac-thuc-hai-lop</c>. The work and its audit entries
/// are <see cref="UserAdministration"/>'s; an unknown id answers 404; invalid input changes nothing.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class UsersController : AdminController
{
    private readonly UserAdministration _accounts;

    /// <summary>Creates the controller.</summary>
    /// <param name="accounts">Account administration.</param>
    public UsersController(UserAdministration accounts)
    {
        _accounts = accounts;
    }

    /// <summary>GET <c>/admin/tai-khoan?trang=N</c>: accounts by display name, <see cref="UserListPage.PageSize"/> a page.</summary>
    /// <param name="trang">1-based page (<see cref="Paging.ParseClampedPageNumber"/>): past the end shows the last page, garbage the first.</param>
    /// <returns>The list.</returns>
    [HttpGet(AdminUrls.UsersTemplate)]
    public async Task<IActionResult> Index(string? trang)
    {
        return View(await _accounts.ListAsync(Paging.ParseClampedPageNumber(trang), HttpContext.RequestAborted));
    }

    /// <summary>
    /// GET <c>/admin/tai-khoan/tao-moi</c>: the empty form. No role is pre-ticked (issue 11: a pre-ticked
    /// Reporter silently made editors reporters too); "must change at first sign-in" is on.
    /// </summary>
    /// <returns>The form, with every section's checkbox unticked (no limit) for each right.</returns>
    [HttpGet(AdminUrls.UserCreateTemplate)]
    public async Task<IActionResult> Create() =>
        View(new UserCreateModel { SectionChoices = await _accounts.SectionChoicesAsync(HttpContext.RequestAborted) });

    /// <summary>
    /// POST <c>/admin/tai-khoan/tao-moi</c>: creates the account with its roles and the audit entry
    /// <see cref="AuditActions.UserCreated"/> in one transaction.
    /// </summary>
    /// <param name="model">The form.</param>
    /// <returns>Redirect to the new account's page; the form with Vietnamese errors (and nothing created) otherwise.</returns>
    [HttpPost(AdminUrls.UserCreateTemplate)]
    public async Task<IActionResult> Create(UserCreateModel model)
    {
        var change = await _accounts.CreateAsync(model, ModelState.IsValid);
        if (change.Outcome == AccountChangeOutcome.Invalid)
        {
            AddErrors(change.Errors);
            model.Password = "";
            model.SectionChoices = await _accounts.SectionChoicesAsync(HttpContext.RequestAborted);
            return View(model);
        }

        Flash(change.Message);
        return Redirect(AdminUrls.UserEdit(change.UserId!));
    }

    /// <summary>GET <c>/admin/tai-khoan/{id}</c>: the account, its edit form, unlock and two-factor reset.</summary>
    /// <param name="id">Identity id.</param>
    /// <returns>The page, or 404.</returns>
    [HttpGet(AdminUrls.UserEditTemplate)]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await _accounts.FindAsync(id);
        return user is null ? NotFound() : View(await _accounts.EditFormAsync(user, User));
    }

    /// <summary>
    /// POST <c>/admin/tai-khoan/{id}</c>: saves display name (<see cref="AuditActions.UserUpdated"/>),
    /// roles (<see cref="AuditActions.RolesChanged"/>, "before → after") and the sections per right
    /// (<see cref="AuditActions.SectionRightsChanged"/>, applied from the user's next request). Refused with a message when the
    /// signed-in Administrator would drop their own Administrator role, or when someone else changed the
    /// account since the form was loaded.
    /// </summary>
    /// <param name="id">Identity id.</param>
    /// <param name="model">The form (only name, roles, sections per right and version are bound).</param>
    /// <returns>Redirect to the page; the form with errors; or 404.</returns>
    [HttpPost(AdminUrls.UserEditTemplate)]
    public async Task<IActionResult> Edit(string id, [Bind(nameof(UserEditModel.DisplayName), nameof(UserEditModel.Roles), nameof(UserEditModel.WriteSections), nameof(UserEditModel.EditSections), nameof(UserEditModel.PublishSections), nameof(UserEditModel.Version))] UserEditModel model)
    {
        var user = await _accounts.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var change = await _accounts.UpdateAsync(user, model, User, ModelState.IsValid);
        if (change.Outcome == AccountChangeOutcome.Invalid)
        {
            AddErrors(change.Errors);
            await _accounts.DescribeAsync(user, model, User);
            return View(model);
        }

        Flash(change.Message);
        return Redirect(AdminUrls.UserEdit(user.Id));
    }

    /// <summary>POST <c>/admin/tai-khoan/{id}/mo-khoa</c>: ends the lockout and resets the failed-attempt count (<see cref="AuditActions.UserUnlocked"/>).</summary>
    /// <param name="id">Identity id.</param>
    /// <returns>Redirect to the account's page with a message, or 404.</returns>
    [HttpPost(AdminUrls.UserUnlockTemplate)]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await _accounts.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Flash((await _accounts.UnlockAsync(user)).Message);
        return Redirect(AdminUrls.UserEdit(user.Id));
    }

    /// <summary>
    /// POST <c>/admin/tai-khoan/{id}/tat-xac-thuc-hai-lop</c>: turns two-factor sign-in off and replaces the
    /// authenticator key, so the lost phone's codes no longer work (<see cref="AuditActions.TwoFactorChanged"/>).
    /// The user signs in with the password alone and may set it up again on their profile.
    /// </summary>
    /// <param name="id">Identity id.</param>
    /// <returns>Redirect to the account's page with a message, or 404.</returns>
    [HttpPost(AdminUrls.UserTwoFactorOffTemplate)]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await _accounts.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Flash((await _accounts.ResetTwoFactorAsync(user, User)).Message);
        return Redirect(AdminUrls.UserEdit(user.Id));
    }
}
