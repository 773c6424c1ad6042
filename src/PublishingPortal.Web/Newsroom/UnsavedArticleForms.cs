using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Keeps the article form a person was saving when their sign-in had ended (cookie expired or dropped), so that
/// after signing in again they are back on the form with what they typed, one click from saving it (issue 10).
/// The posted fields are encrypted with data protection and kept in <see cref="IDistributedCache"/> (Redis when
/// <c>ConnectionStrings:Redis</c> is set, memory otherwise) under a random 256-bit id for <see cref="Lifetime"/>; the
/// id travels in the sign-in's <c>returnUrl</c> as <c>?khoiphuc=</c>. Only the user the form's antiforgery token was
/// issued to gets it back: the stored token pair is validated against the signed-in user when it is read.
/// </summary>
public sealed partial class UnsavedArticleForms
{
    /// <summary>Query parameter of the form page that carries the kept form's id.</summary>
    public const string QueryName = "khoiphuc";

    /// <summary>How long a kept form waits for its owner to sign in again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string KeyPrefix = "unsaved-article-form:";

    private readonly IDistributedCache _cache;
    private readonly IDataProtector _protector;
    private readonly IAntiforgery _antiforgery;
    private readonly AntiforgeryOptions _antiforgeryOptions;

    /// <summary>Creates the store.</summary>
    /// <param name="cache">Where kept forms wait.</param>
    /// <param name="protection">Encrypts them (the portal's shared key ring).</param>
    /// <param name="antiforgery">Validates the kept token pair for the user signing in.</param>
    /// <param name="antiforgeryOptions">The token's cookie and form field names.</param>
    public UnsavedArticleForms(IDistributedCache cache, IDataProtectionProvider protection, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
    {
        _cache = cache;
        _protector = protection.CreateProtector("PublishingPortal.Newsroom.UnsavedArticleForms");
        _antiforgery = antiforgery;
        _antiforgeryOptions = antiforgeryOptions.Value;
    }

    /// <summary>
    /// The cookie handler's redirect to sign-in: for a form POST to the article create or edit page, keeps the
    /// posted fields and sends the person to sign in with the form page (and the kept id) as the return URL;
    /// anything else goes to <paramref name="fallback"/> untouched.
    /// </summary>
    /// <param name="context">The redirect being made.</param>
    /// <param name="fallback">The handler's own behaviour (a redirect, or 401 for a script's request).</param>
    /// <returns>The work.</returns>
    public static async Task RedirectToSignInAsync(RedirectContext<CookieAuthenticationOptions> context, Func<RedirectContext<CookieAuthenticationOptions>, Task> fallback)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType && IsArticleFormPath(request.Path))
        {
            var forms = context.HttpContext.RequestServices.GetRequiredService<UnsavedArticleForms>();
            var back = await forms.KeepAsync(context.HttpContext);
            if (back is not null)
            {
                context.RedirectUri = AdminUrls.SignIn(back);
            }
        }

        await fallback(context);
    }

    /// <summary>Whether a path is the article create page or an article's edit page (whose form is kept).</summary>
    /// <param name="path">Request path.</param>
    /// <returns>True for <c>/admin/bai-viet/tao-moi</c> and <c>/admin/bai-viet/{id}</c>.</returns>
    public static bool IsArticleFormPath(PathString path) => path.HasValue && ArticleFormPath().IsMatch(path.Value);

    /// <summary>Keeps the posted form of this request (fields, and the antiforgery token pair apart).</summary>
    /// <param name="http">A POST of the article form.</param>
    /// <returns>The form page's URL with the kept id, or null when there is nothing to keep (no antiforgery token).</returns>
    public async Task<string?> KeepAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var requestToken = form[_antiforgeryOptions.FormFieldName].ToString();
        var cookieToken = _antiforgeryOptions.Cookie.Name is { } name ? http.Request.Cookies[name] : null;
        if (string.IsNullOrEmpty(requestToken) || string.IsNullOrEmpty(cookieToken))
        {
            return null; // without the pair nobody could prove the form was theirs
        }

        var fields = form.Keys
            .Where(k => k != _antiforgeryOptions.FormFieldName)
            .ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        var kept = new KeptForm(http.Request.Path.Value!, fields, requestToken, cookieToken);
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var bytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(kept));
        await _cache.SetAsync(KeyPrefix + id, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, http.RequestAborted);
        return kept.Path + "?" + QueryName + "=" + id;
    }

    /// <summary>
    /// The fields kept under <paramref name="id"/> for the form page of this request, when the signed-in user is the
    /// one the form's antiforgery token was issued to.
    /// </summary>
    /// <param name="http">The GET of the form page, signed in.</param>
    /// <param name="id">The kept id from the query string.</param>
    /// <returns>Field name → posted value; null when unknown, expired, for another page or another user.</returns>
    public async Task<IReadOnlyDictionary<string, string>?> TakeBackAsync(HttpContext http, string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return null;
        }

        var bytes = await _cache.GetAsync(KeyPrefix + id, http.RequestAborted);
        KeptForm? kept;
        try
        {
            kept = bytes is null ? null : JsonSerializer.Deserialize<KeptForm>(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            return null; // a key ring that lost the key: as if expired
        }

        if (kept is null || !string.Equals(kept.Path, http.Request.Path.Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The kept pair as a POST from the user signed in now: valid only for the user the token was issued to.
        var probe = new DefaultHttpContext { User = http.User, RequestServices = http.RequestServices };
        probe.Request.Method = HttpMethods.Post;
        probe.Request.Scheme = http.Request.Scheme;
        probe.Request.ContentType = "application/x-www-form-urlencoded";
        probe.Request.Form = new FormCollection(new Dictionary<string, StringValues> { [_antiforgeryOptions.FormFieldName] = kept.RequestToken });
        probe.Request.Headers.Cookie = _antiforgeryOptions.Cookie.Name + "=" + kept.CookieToken;
        return await _antiforgery.IsRequestValidAsync(probe) ? kept.Fields : null;
    }

    [GeneratedRegex(@"^/admin/bai-viet/(tao-moi|[0-9]{1,10})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleFormPath();

    private sealed record KeptForm(string Path, Dictionary<string, string> Fields, string RequestToken, string CookieToken);
}
