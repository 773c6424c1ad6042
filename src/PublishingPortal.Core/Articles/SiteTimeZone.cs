using System.Globalization;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// The site's time zone (IANA id, default <c>Asia/Ho_Chi_Minh</c>, UTC+7 without daylight saving).
/// Instants are stored in UTC; this type converts them for display and converts dates typed or
/// imported in site time back to UTC. No code reads the server's local time zone.
/// </summary>
public sealed class SiteTimeZone
{
    /// <summary>The default zone id, Vietnam's.</summary>
    public const string DefaultId = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// Creates the zone.
    /// </summary>
    /// <param name="timeZoneId">An IANA (or Windows) id known to the system's tz database.</param>
    /// <exception cref="TimeZoneNotFoundException">The id is unknown.</exception>
    public SiteTimeZone(string timeZoneId = DefaultId)
    {
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
    }

    /// <summary>The resolved zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Converts an instant to the site's wall-clock time, keeping the correct offset.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The same instant with the site's offset, e.g. 2024-04-24T17:00Z → 2024-04-25T00:00+07:00.</returns>
    public DateTimeOffset ToSiteTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Interprets a wall-clock date and time in the site's zone.</summary>
    /// <param name="date">Calendar date in the site's zone.</param>
    /// <param name="time">Wall-clock time; midnight when omitted.</param>
    /// <returns>The UTC instant (offset zero).</returns>
    public DateTimeOffset FromSiteTime(DateOnly date, TimeOnly time = default)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Inside a spring-forward gap: the wall-clock time does not exist, take the hour after.
            local = local.AddHours(1);
        }

        var offset = Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Formats the date part as the legacy portal did: dd/MM/yyyy in the site's zone.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "25/04/2024".</returns>
    public string FormatDate(DateTimeOffset instant) =>
        ToSiteTime(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Formats the instant as ISO 8601 with the site's offset, for <c>&lt;time datetime&gt;</c> and JSON-LD.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "2024-04-25T00:00:00+07:00".</returns>
    public string FormatIso(DateTimeOffset instant) =>
        ToSiteTime(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
