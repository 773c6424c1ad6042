using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Areas.Admin.Models.Audit;

/// <summary>
/// The filters of <c>/admin/nhat-ky</c> as typed (query string <c>nguoi</c>, <c>hanhdong</c>, <c>tu</c>,
/// <c>den</c>, <c>ip</c>), echoed back into the form, and the rules that read them. Dates are calendar
/// days in the site's time zone, dd/MM/yyyy or yyyy-MM-dd (<see cref="SiteTimeZone.TryParseDay"/>), both
/// ends inclusive.
/// </summary>
public sealed class AuditFilter
{
    /// <summary>Longest user-name filter read, in characters (the form's <c>maxlength</c>).</summary>
    public const int MaxUserLength = 256;

    /// <summary>Longest IP filter read, in characters (the form's <c>maxlength</c>).</summary>
    public const int MaxIpAddressLength = 64;

    /// <summary>Part of the user name (case-insensitive for ASCII letters).</summary>
    public string? User { get; set; }

    /// <summary>An action name from <c>AuditActions.Labels</c>, or empty for all.</summary>
    public string? Action { get; set; }

    /// <summary>First day, dd/MM/yyyy or yyyy-MM-dd, site time.</summary>
    public string? From { get; set; }

    /// <summary>Last day, dd/MM/yyyy or yyyy-MM-dd, site time.</summary>
    public string? To { get; set; }

    /// <summary>Start of the client IP address, e.g. "192.168." or a whole address.</summary>
    public string? IpAddress { get; set; }

    /// <summary><see cref="From"/> as a day, or null when blank or unreadable (then <see cref="Check"/> says why).</summary>
    public DateOnly? FromDay => ParseDay(From);

    /// <summary><see cref="To"/> as a day, or null when blank or unreadable (then <see cref="Check"/> says why).</summary>
    public DateOnly? ToDay => ParseDay(To);

    /// <summary>
    /// Reads every filter and reports those that cannot be used, so a bad filter is never silently
    /// ignored: a user name over <see cref="MaxUserLength"/>, an action not in <see cref="AuditActions.Labels"/>,
    /// a day that is not one (or outside the years 1900–9998), a first day after the last, an IP filter with
    /// characters other than hex digits, dots and colons or over <see cref="MaxIpAddressLength"/>.
    /// </summary>
    /// <returns>Vietnamese messages in the form's order; empty when the filters can run.</returns>
    public IReadOnlyList<string> Check()
    {
        var errors = new List<string>();
        if (User is { Length: > MaxUserLength })
        {
            errors.Add("Tên người dùng trong bộ lọc quá dài.");
        }

        if (!string.IsNullOrEmpty(Action) && !AuditActions.Labels.ContainsKey(Action))
        {
            errors.Add("Hành động không có trong danh sách; hãy chọn lại.");
        }

        CheckDay(From, FromDay, "Từ ngày", errors);
        CheckDay(To, ToDay, "Đến ngày", errors);
        if (FromDay is { } first && ToDay is { } last && first > last)
        {
            errors.Add("“Từ ngày” đang sau “Đến ngày”.");
        }

        if (!string.IsNullOrEmpty(IpAddress)
            && (IpAddress.Length > MaxIpAddressLength || !IpAddress.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':')))
        {
            errors.Add("Địa chỉ IP chỉ gồm chữ số, chữ a–f, dấu chấm và dấu hai chấm.");
        }

        return errors;
    }

    /// <summary>The link to <paramref name="page"/> of the log with the same filters (<see cref="AdminUrls.Audit"/>).</summary>
    /// <param name="page">1-based page number; 1 leaves <c>trang</c> out.</param>
    /// <returns>The path with the non-blank filters, trimmed, e.g. <c>/admin/nhat-ky?nguoi=huong&amp;trang=2</c>.</returns>
    public string PageUrl(int page) =>
        AdminUrls.Audit(Clean(User), Clean(Action), Clean(From), Clean(To), Clean(IpAddress), page);

    // A day the site's zone can convert both ways: years 1900–9998 keep DateTimeOffset arithmetic in range.
    private static DateOnly? ParseDay(string? text) =>
        !string.IsNullOrEmpty(text) && SiteTimeZone.TryParseDay(text, out var day) && day.Year is >= 1900 and <= 9998 ? day : null;

    private static void CheckDay(string? text, DateOnly? day, string label, List<string> errors)
    {
        if (string.IsNullOrEmpty(text) || day is not null)
        {
            return;
        }

        var shown = text.Length <= 20 ? text : text[..20] + "…";
        errors.Add($"“{label}” không hợp lệ: “{shown}”. Hãy nhập theo dạng dd/MM/yyyy, ví dụ 25/04/2024.");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
