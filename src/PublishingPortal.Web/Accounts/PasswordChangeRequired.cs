using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// "Must change the password at first sign-in" (issue 11). <see cref="PortalUser.MustChangePassword"/> is copied
/// into the sign-in cookie as the claim <see cref="ClaimType"/> by <see cref="PortalClaimsPrincipalFactory"/>;
/// while it is there, <see cref="Middleware"/> sends every <c>/admin</c> request (any method) except the profile
/// page and the change-password POST to the profile page, so nothing else happens. The change-password POST renews
/// the cookie without the claim. Reading the claim, not the database, keeps admin pages at their query counts.
/// </summary>
public static class PasswordChangeRequired
{
    /// <summary>The claim present (value "true") while the account must change its password.</summary>
    public const string ClaimType = "pp:must-change-password";

    /// <summary>The notice on the profile page while the change is required.</summary>
    public const string Notice = "Bạn đang dùng mật khẩu do người khác đặt. Hãy đặt mật khẩu của riêng mình trước khi làm việc khác.";

    /// <summary>Whether <paramref name="user"/> (the signed-in principal) must change their password first.</summary>
    /// <param name="user">The request's principal.</param>
    /// <returns>True when the claim is present.</returns>
    public static bool IsRequired(ClaimsPrincipal user) => user.HasClaim(ClaimType, "true");

    /// <summary>
    /// Pipeline step after authorization: for a principal with <see cref="ClaimType"/>, any request under
    /// <see cref="AdminUrls.Home"/> other than GET <see cref="AdminUrls.Profile"/> and POST <see cref="AdminUrls.Password"/>
    /// answers 303 to the profile page (a script's request, which sends the antiforgery header, gets 403 and a
    /// sentence instead). Reader pages and sign-out are not under <c>/admin</c> and stay reachable.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task.</returns>
    public static Task Middleware(HttpContext context, RequestDelegate next)
    {
        if (!IsRequired(context.User) || !context.Request.Path.StartsWithSegments(AdminUrls.Home, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var path = context.Request.Path;
        var method = context.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && path.Equals(AdminUrls.Profile, StringComparison.OrdinalIgnoreCase)
            || HttpMethods.IsPost(method) && path.Equals(AdminUrls.Password, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (context.Request.Headers.ContainsKey("RequestVerificationToken"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsJsonAsync(new { error = Notice });
        }

        // 303 so that a refused POST is followed by a GET of the profile page, never re-posted.
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = AdminUrls.Profile;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Identity's claims factory plus <see cref="PasswordChangeRequired.ClaimType"/> while
/// <see cref="PortalUser.MustChangePassword"/> is set. Runs at sign-in, at a cookie refresh and at each
/// security-stamp validation.
/// </summary>
public sealed class PortalClaimsPrincipalFactory : UserClaimsPrincipalFactory<PortalUser, IdentityRole>
{
    /// <summary>Creates the factory.</summary>
    /// <param name="users">Identity users.</param>
    /// <param name="roles">Identity roles.</param>
    /// <param name="options">Identity options.</param>
    public PortalClaimsPrincipalFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
        : base(users, roles, options)
    {
    }

    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PasswordChangeRequired.ClaimType, "true"));
        }

        return identity;
    }
}
