using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The value of an HTML <c>&lt;input type="datetime-local"&gt;</c> (<c>yyyy-MM-ddTHH:mm</c>, no offset) read
/// as wall-clock time in the site's zone (written by <see cref="SiteTimeZone.FormatInput"/>), so editors type Vietnamese time while the
/// database keeps UTC.
/// </summary>
public static class SiteTimeInput
{
    /// <summary>Reads what the input posted.</summary>
    /// <param name="timeZone">Site time zone.</param>
    /// <param name="value">Posted text; blank means "no time".</param>
    /// <param name="instant">The UTC instant, or null for blank input.</param>
    /// <returns>False when the text is not a date and time (nothing is guessed).</returns>
    public static bool TryParse(SiteTimeZone timeZone, string? value, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (value.Length > 40
            || !SiteTimeZone.TryParseWallClock(value.Trim(), out var local)
            || local.Year < 1900 || local.Year > 9000)
        {
            return false;
        }

        instant = timeZone.FromSiteTime(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return true;
    }
}
