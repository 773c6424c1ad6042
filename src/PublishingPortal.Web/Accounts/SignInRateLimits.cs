using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Settings of the sign-in rate limits (section <c>SignInRateLimits</c>; docs/operations.md). Each limit is a fixed
/// window: at most N POSTs per window, counted whether they succeed or not.
/// </summary>
public sealed class SignInRateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "SignInRateLimits";

    /// <summary>Sign-in POSTs (password, authenticator code, recovery code) from one client IP per window; 1–1,000,000, default 60 (a newsroom behind one NAT address signs in together in the morning).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerIp { get; set; } = 60;

    /// <summary>Password POSTs naming one e-mail (trimmed, case-insensitive) per window, from any address; 1–1,000,000, default 10 (Identity locks the account after 5 wrong passwords anyway).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerAccount { get; set; } = 10;

    /// <summary>Length of the window, 1 second to 1 day; default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Sign-in rate limits (issue 11) with ASP.NET Core's rate limiter: the POSTs to <see cref="AdminUrls.SignInTemplate"/>,
/// <see cref="AdminUrls.SignInCodeTemplate"/> and <see cref="AdminUrls.SignInRecoveryTemplate"/> are limited per client
/// IP, and the password POST also per e-mail posted (<see cref="SignInRateLimitOptions"/>). Over a limit the request
/// never reaches the controller: 429 with <c>Retry-After</c> (seconds) and the Vietnamese status page. The password-reset
/// POSTs (<see cref="AdminUrls.ForgotPasswordTemplate"/>, per IP and per e-mail asked for;
/// <see cref="AdminUrls.ResetPasswordTemplate"/>, per IP) count against the same limits.
/// </summary>
public static class SignInRateLimits
{
    private const string EmailItem = "pp:sign-in-email";

    /// <summary>
    /// Registers the options and the limiter. Both partitions ask <see cref="IsLimited"/> of the request itself: the
    /// status-code page re-executes a refused POST at <c>/loi/429</c> with the same <see cref="HttpContext.Items"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>()
            .BindConfiguration(SignInRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInRateLimitOptions>>((o, settings) =>
        {
            var limits = settings.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limits.PermitsPerIp, limits.Window))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request) && context.Items[EmailItem] is string email
                    ? RateLimitPartition.GetFixedWindowLimiter("account:" + email, _ => Window(limits.PermitsPerAccount, limits.Window))
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // Nothing written: the status-code page renders the Vietnamese message for 429.
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Pipeline step before the limiter: for a limited form POST, reads the form (ASP.NET Core keeps it for model
    /// binding) and notes the posted <c>Email</c>, trimmed and lowercased, for the per-account partition.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task.</returns>
    public static async Task ReadPostedEmail(HttpContext context, RequestDelegate next)
    {
        if (IsLimited(context.Request) && context.Request.HasFormContentType)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var email = form["Email"].ToString().Trim();
                if (email.Length > 0)
                {
                    context.Items[EmailItem] = email.ToLowerInvariant();
                }
            }
            catch (InvalidDataException)
            {
                // A malformed or oversized form: the IP limit still applies, and model binding answers it as bad input.
            }
        }

        await next(context);
    }

    /// <summary>Whether the request is one of the limited sign-in POSTs (paths compared case-insensitively).</summary>
    /// <param name="request">The request.</param>
    /// <returns>True for POST <c>/dang-nhap</c>, <c>/dang-nhap/ma-xac-thuc</c>, <c>/dang-nhap/ma-khoi-phuc</c>,
    /// <c>/dang-nhap/quen-mat-khau</c> and <c>/dang-nhap/dat-lai-mat-khau</c>.</returns>
    public static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(AdminUrls.SignInTemplate, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AdminUrls.SignInCodeTemplate, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AdminUrls.SignInRecoveryTemplate, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AdminUrls.ForgotPasswordTemplate, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(AdminUrls.ResetPasswordTemplate, StringComparison.OrdinalIgnoreCase));

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
