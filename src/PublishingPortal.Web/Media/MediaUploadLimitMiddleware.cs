using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using PublishingPortal.Web.Areas.Admin.Controllers;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Raises the request-size limit for the upload URL only (to <c>Media:MaxBytes</c> ×
/// <c>Media:MaxFilesPerUpload</c> + 1 MB; every other request keeps Kestrel's 30 MB) and refuses a
/// request whose declared length is over it before reading a byte, with a Vietnamese message: JSON
/// (413) for the script uploader, a redirect to the library with the message for a plain form. Without
/// this, the form would be cut off mid-read and the browser would show a generic error. The edit form's one-photo
/// URLs (<c>/admin/bai-viet/{id}/anh-trong-bai</c>, <c>…/anh-dai-dien</c>) get <c>Media:MaxBytes</c> + 1 MB, refused
/// in JSON (413).
/// </summary>
public sealed class MediaUploadLimitMiddleware
{
    private readonly RequestDelegate _next;
    private readonly MediaOptions _options;

    /// <summary>Creates the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="options">Limits.</param>
    public MediaUploadLimitMiddleware(RequestDelegate next, IOptions<MediaOptions> options)
    {
        _next = next;
        _options = options.Value;
    }

    /// <summary>Largest upload request, in bytes.</summary>
    public long Limit => (_options.MaxBytes * _options.MaxFilesPerUpload) + (1024 * 1024);

    /// <summary>The message for a request over <see cref="Limit"/>.</summary>
    public string Message => string.Create(
        CultureInfo.GetCultureInfo("vi-VN"),
        $"Dung lượng gửi lên quá lớn: tối đa {_options.MaxBytes / 1024d / 1024d:0.#} MB mỗi ảnh và {_options.MaxFilesPerUpload} ảnh mỗi lần. Không ảnh nào được lưu.");

    /// <summary>Applies the limit to uploads; passes everything else on.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when answered.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && IsEditFormPhotoPath(context.Request.Path))
        {
            await LimitOnePhotoAsync(context);
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Path.Equals(AdminUrls.MediaUpload, StringComparison.OrdinalIgnoreCase))
        {
            await _next(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limit;
        }

        if (context.Request.ContentLength > Limit)
        {
            context.Response.Headers.Connection = "close";
            if (MediaController.WantsJson(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsJsonAsync(new { error = Message }, context.RequestAborted);
                return;
            }

            var tempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
            tempData[AdminController.FlashKey] = Message;
            tempData.Save();
            context.Response.Redirect(AdminUrls.Media());
            return;
        }

        await _next(context);
    }

    // The edit form's one-photo uploads (ArticleBodyPhotosController): one file and a few short fields, answered in JSON.
    private async Task LimitOnePhotoAsync(HttpContext context)
    {
        var limit = _options.MaxBytes + (1024 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.Headers.Connection = "close";
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsJsonAsync(new { error = ImageInspector.TooLargeMessage("Ảnh", _options.MaxBytes) }, context.RequestAborted);
            return;
        }

        await _next(context);
    }

    // POST /admin/bai-viet/{id}/anh-trong-bai and /admin/bai-viet/{id}/anh-dai-dien.
    private static bool IsEditFormPhotoPath(PathString path)
    {
        var value = path.Value ?? "";
        var prefix = AdminUrls.ArticlesTemplate + "/";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = value[prefix.Length..].Split('/');
        return rest.Length == 2 && rest[0].Length > 0 && rest[0].All(char.IsAsciiDigit)
            && (rest[1].Equals("anh-trong-bai", StringComparison.OrdinalIgnoreCase) || rest[1].Equals("anh-dai-dien", StringComparison.OrdinalIgnoreCase));
    }
}
