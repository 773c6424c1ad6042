using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity with EF Core stores in the portal database, the sign-in cookie and the
/// newsroom's authorization policies.
/// </summary>
public static class IdentitySetup
{
    /// <summary>Failed attempts before an account is locked.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>PBKDF2-HMAC-SHA512 iterations for new password hashes (OWASP's current figure for SHA-512).</summary>
    public const int PasswordIterations = 210_000;

    /// <summary>Registers Identity, the cookie, policies and <see cref="ArticleAuthorizationHandler"/>.</summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;

                // NIST SP 800-63B: length over composition rules; a digit and a letter keep out the commonest words.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;

                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // OWASP Password Storage Cheat Sheet (2023–): PBKDF2-HMAC-SHA512 at 210,000 iterations. Identity's V3 format
        // is HMAC-SHA512; a hash made with fewer iterations is re-made at the next successful sign-in (SuccessRehashNeeded).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);

        // A role removed or a password changed takes effect in other sessions within a minute, not Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pp-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AdminUrls.SignIn();
            o.LogoutPath = AdminUrls.SignOut;
            o.AccessDeniedPath = ReaderUrls.Error(StatusCodes.Status403Forbidden);
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;

            // An article form posted after the sign-in ended is kept, and comes back after signing in (issue 10).
            var redirectToLogin = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = context =>
            {
                // A script's request (it sends the antiforgery header or asks for JSON) gets 401 and a sentence, not the
                // sign-in page it would follow and fail to read; the form it came from keeps what was typed.
                var request = context.Request;
                if (request.Headers.ContainsKey("RequestVerificationToken")
                    || request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return context.Response.WriteAsJsonAsync(new { error = "Phiên đăng nhập đã hết. Hãy đăng nhập lại ở một thẻ khác rồi thử lại; nội dung trong biểu mẫu vẫn còn." });
                }

                return UnsavedArticleForms.RedirectToSignInAsync(context, redirectToLogin);
            };

            // A refused action answers 403 (rendered by the status-code page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.Newsroom, p => p.RequireAuthenticatedUser().RequireRole(NewsroomRoles.All))
            .AddPolicy(PortalPolicies.CreateArticles, p => p.RequireAuthenticatedUser().RequireRole(NewsroomRoles.All))
            .AddPolicy(PortalPolicies.Administration, p => p.RequireAuthenticatedUser().RequireRole(NewsroomRoles.Administrator));
        // Scoped: it reads the account's sections through the request's context (AccountSections), live on every request.
        services.AddScoped<AccountSections>();
        services.AddScoped<IAuthorizationHandler, ArticleAuthorizationHandler>();
        services.AddScoped<FirstRunAdministrator>();
        services.AddSignInRateLimits();
        return services;
    }
}
