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

    // Every display and input format of the site lives here, so a page, a feed and a form cannot drift apart.
    private const string DateFormat = "dd/MM/yyyy";
    private const string DateTimeFormat = "dd/MM/yyyy HH:mm";
    private const string TimeFormat = "HH:mm";
    private const string DateTimeSecondsFormat = "dd/MM/yyyy HH:mm:ss";
    private const string InputFormat = "yyyy-MM-dd'T'HH:mm";
    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const string Rfc822Format = "ddd, dd MMM yyyy HH:mm:ss ";

    // Days as people type them: the portal's d/M/yyyy (leading zeros optional) and ISO (what <input type=date> sends).
    private static readonly string[] _dayFormats = ["d/M/yyyy", "yyyy-M-d"];

    // What <input type=datetime-local> posts (minutes, or seconds and fractions when the step allows them), and a space for a hand-typed value.
    private static readonly string[] _wallClockFormats = [InputFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

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
    public string FormatDate(DateTimeOffset instant) => Format(instant, DateFormat);

    /// <summary>Formats date and time to the minute for people: dd/MM/yyyy HH:mm (24-hour clock) in the site's zone.</summary>
    /// <param name="instant">Any instant, or null (no time set).</param>
    /// <returns>e.g. "25/04/2024 00:30"; empty for null.</returns>
    public string FormatDateTime(DateTimeOffset? instant) => instant is { } value ? Format(value, DateTimeFormat) : "";

    /// <summary>Formats the wall-clock time alone, HH:mm (24-hour clock) in the site's zone, for same-day notices ("lúc 09:05").</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "00:30".</returns>
    public string FormatTime(DateTimeOffset instant) => Format(instant, TimeFormat);

    /// <summary>Formats date and time to the second, for the audit log: dd/MM/yyyy HH:mm:ss in the site's zone.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "25/04/2024 00:30:05".</returns>
    public string FormatDateTimeSeconds(DateTimeOffset instant) => Format(instant, DateTimeSecondsFormat);

    /// <summary>
    /// Formats the value of an HTML <c>&lt;input type="datetime-local"&gt;</c>: yyyy-MM-ddTHH:mm, the site's
    /// wall-clock time without an offset (the form's reader, <see cref="TryParseWallClock"/>, takes it back).
    /// </summary>
    /// <param name="instant">Any instant, or null (the input left blank).</param>
    /// <returns>e.g. "2024-04-25T00:30"; empty for null.</returns>
    public string FormatInput(DateTimeOffset? instant) => instant is { } value ? Format(value, InputFormat) : "";

    /// <summary>Formats the instant as ISO 8601 with the site's offset, for <c>&lt;time datetime&gt;</c>, JSON-LD and sitemaps (W3C date-time).</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "2024-04-25T00:00:00+07:00".</returns>
    public string FormatIso(DateTimeOffset instant) => Format(instant, IsoFormat);

    /// <summary>
    /// Formats the instant as RSS 2.0 requires (RFC 822 date-time, four-digit year, English day and month
    /// names, numeric offset) in the site's zone.
    /// </summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>e.g. "Thu, 25 Apr 2024 00:30:00 +0700".</returns>
    public string FormatRfc822(DateTimeOffset instant)
    {
        var local = ToSiteTime(instant);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return local.ToString(Rfc822Format, CultureInfo.InvariantCulture)
            + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The site's offset at that instant as the legacy article page printed it beside the time.</summary>
    /// <param name="instant">Any instant (the offset of a zone with daylight saving depends on it).</param>
    /// <returns>e.g. "GMT+07:00".</returns>
    public string FormatGmtOffset(DateTimeOffset instant) => "GMT" + Format(instant, "zzz");

    /// <summary>
    /// Reads a calendar day as people type it in a filter: d/M/yyyy (the portal's dd/MM/yyyy, leading zeros
    /// optional) or yyyy-M-d (ISO, what <c>&lt;input type="date"&gt;</c> sends). Any year 1–9999 is read;
    /// callers bound the range they accept.
    /// </summary>
    /// <param name="text">The text, already trimmed.</param>
    /// <param name="day">The day, or default when the text is not one.</param>
    /// <returns>False when the text is not a day in those formats.</returns>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, _dayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>
    /// Reads a wall-clock date and time as <c>&lt;input type="datetime-local"&gt;</c> posts it
    /// (yyyy-MM-ddTHH:mm, optionally with seconds and fractions; a space instead of the T is accepted).
    /// No zone is applied: pass the parts to <see cref="FromSiteTime"/>.
    /// </summary>
    /// <param name="text">The text, already trimmed.</param>
    /// <param name="local">The wall-clock value (kind unspecified), or default when the text is not one.</param>
    /// <returns>False when the text is not a date and time in those formats.</returns>
    public static bool TryParseWallClock(string? text, out DateTime local) =>
        DateTime.TryParseExact(text, _wallClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    private string Format(DateTimeOffset instant, string format) =>
        ToSiteTime(instant).ToString(format, CultureInfo.InvariantCulture);
}
