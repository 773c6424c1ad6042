using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Answers <c>GET|HEAD /media/{key}/{width}.{webp|jpg}</c> from <see cref="VariantStore"/>, before
/// routing and request logging, the way static files are served: 200 with a strong ETag and
/// <c>Cache-Control: public, max-age=31536000, immutable</c> (a variant URL never changes content),
/// 304 when <c>If-None-Match</c> matches, and a bare 404 (no HTML error page) for a width not
/// configured, an unknown key or an unreadable original. Other <c>/media/…</c> paths go on down the
/// pipeline (legacy static files, then 404).
/// </summary>
public sealed class MediaVariantMiddleware
{
    /// <summary>The <c>Cache-Control</c> value of every variant.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    private readonly RequestDelegate _next;
    private readonly VariantStore _store;

    /// <summary>Creates the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="store">Variant store.</param>
    public MediaVariantMiddleware(RequestDelegate next, VariantStore store)
    {
        _next = next;
        _store = store;
    }

    /// <summary>Serves a variant or passes the request on.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when answered.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !MediaUrls.TryParse(request.Path.Value, out var key, out var width, out var format))
        {
            await _next(context);
            return;
        }

        var response = context.Response;
        var file = await _store.GetAsync(key, width, format, context.RequestAborted);
        if (file is null)
        {
            // An image URL gets no HTML error page.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            response.StatusCode = StatusCodes.Status404NotFound;
            response.Headers.CacheControl = "no-cache";
            return;
        }

        var headers = response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = CacheControl;
        if (Matches(request.Headers.IfNoneMatch, file.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = file.ContentType;

        // Length and bytes come from one open handle: another instance sharing the media folder may rename
        // its copy of this variant over ours at any moment, and a stat-then-open could pair two files.
        await using var stream = new FileStream(
            file.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await stream.CopyToAsync(response.Body, 64 * 1024, context.RequestAborted);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
