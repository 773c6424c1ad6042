namespace PublishingPortal.Web.Areas.Admin.Models.Audit;

/// <summary>
/// The filters of <c>/admin/nhat-ky</c> as typed (query string <c>nguoi</c>, <c>hanhdong</c>, <c>tu</c>,
/// <c>den</c>, <c>ip</c>), echoed back into the form. Dates are calendar days in the site's time zone,
/// dd/MM/yyyy or yyyy-MM-dd, both ends inclusive.
/// </summary>
public sealed class AuditFilter
{
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

    /// <summary>Query-string values for a link to <paramref name="page"/> with the same filters.</summary>
    /// <param name="page">1-based page number.</param>
    /// <returns>Route values: the non-empty filters and <c>trang</c>.</returns>
    public IDictionary<string, string> ToRouteValues(int page)
    {
        var values = new Dictionary<string, string>();
        Put(values, "nguoi", User);
        Put(values, "hanhdong", Action);
        Put(values, "tu", From);
        Put(values, "den", To);
        Put(values, "ip", IpAddress);
        values["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private static void Put(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value.Trim();
        }
    }
}
