using System.Globalization;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// The reader's text-size choice for article text: five steps kept in a cookie, rendered on the server
/// as a class on <c>&lt;html&gt;</c> (so there is no flash of the default size) and varied on in the
/// output cache (so at most five copies of a page are cached). See <c>docs/font-size.md</c>.
/// </summary>
public static class FontSize
{
    /// <summary>Cookie holding the step, readable by the page script too (not HttpOnly; holds no secret).</summary>
    public const string CookieName = "pp-fs";

    /// <summary>Smallest step.</summary>
    public const int Min = 1;

    /// <summary>Step used when the reader chose nothing (100 %).</summary>
    public const int Default = 2;

    /// <summary>Largest step.</summary>
    public const int Max = 5;

    /// <summary>Scale of each step relative to the default text size, index = step − 1.</summary>
    public static IReadOnlyList<double> Scales { get; } = [0.9, 1.0, 1.2, 1.4, 1.7];

    /// <summary>Reads the step from the request's cookie.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A step from <see cref="Min"/> to <see cref="Max"/>; <see cref="Default"/> when absent or malformed.</returns>
    public static int FromRequest(HttpRequest request)
    {
        return request.Cookies.TryGetValue(CookieName, out var value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            && step is >= Min and <= Max
            ? step
            : Default;
    }

    /// <summary>
    /// The output-cache variation for a request: the cookie name and the normalised step, so a page has at
    /// most <see cref="Max"/> cached copies whatever the cookie holds.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>e.g. ("pp-fs", "3").</returns>
    public static KeyValuePair<string, string> CacheVariation(HttpContext context)
    {
        return new(CookieName, FromRequest(context.Request).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The CSS class for a step, e.g. <c>fs-3</c>.</summary>
    /// <param name="step">A valid step.</param>
    /// <returns>The class name.</returns>
    public static string CssClass(int step) => "fs-" + step.ToString(CultureInfo.InvariantCulture);
}
