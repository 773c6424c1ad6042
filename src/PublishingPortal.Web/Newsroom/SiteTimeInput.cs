using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The value of an HTML <c>&lt;input type="datetime-local"&gt;</c> (<c>yyyy-MM-ddTHH:mm</c>, no offset) read
/// and written as wall-clock time in the site's zone, so editors type Vietnamese time while the
/// database keeps UTC.
/// </summary>
public static class SiteTimeInput
{
    /// <summary>Formats an instant for the input.</summary>
    /// <param name="timeZone">Site time zone.</param>
    /// <param name="instant">UTC instant, or null.</param>
    /// <returns>e.g. "2024-04-25T07:30" for 2024-04-25T00:30Z in UTC+7; empty for null.</returns>
    public static string Format(SiteTimeZone timeZone, DateTimeOffset? instant)
    {
        return instant is { } value
            ? timeZone.FormatInput(value)
            : "";
    }

    /// <summary>Formats an instant for people: dd/MM/yyyy HH:mm in the site's zone.</summary>
    /// <param name="timeZone">Site time zone.</param>
    /// <param name="instant">UTC instant, or null.</param>
    /// <returns>e.g. "25/04/2024 07:30"; empty for null.</returns>
    public static string Display(SiteTimeZone timeZone, DateTimeOffset? instant)
    {
        return instant is { } value
            ? timeZone.FormatDateTime(value)
            : "";
    }

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
