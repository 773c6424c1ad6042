using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Audit;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// The audit log for Administrators (<see cref="PortalPolicies.Administration"/>): <c>/admin/nhat-ky</c>,
/// newest first, <see cref="AuditPage.PageSize"/> a page, filtered by user, action, days in the site's
/// time zone and IP. Read-only by design (issue 3: "entries cannot be edited from the UI"): this
/// controller has no POST, and nothing else in the app edits or deletes <see cref="AuditEntry"/> rows.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class AuditController : AdminController
{
    /// <summary>Accepted date formats for <c>tu</c>/<c>den</c>: the portal's dd/MM/yyyy and ISO (what <c>&lt;input type=date&gt;</c> sends).</summary>
    public static readonly IReadOnlyList<string> DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private const int MaxFilterLength = 256;

    private readonly PortalDbContext _db;
    private readonly SiteTimeZone _zone;

    /// <summary>Creates the controller.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="zone">Site time zone: filter days and shown times are in it.</param>
    public AuditController(PortalDbContext db, SiteTimeZone zone)
    {
        _db = db;
        _zone = zone;
    }

    /// <summary>
    /// GET <c>/admin/nhat-ky</c>. Filters that cannot be read are reported in Vietnamese and no entries
    /// are listed (never a 500, never a silently ignored filter).
    /// </summary>
    /// <param name="nguoi">Part of the user name.</param>
    /// <param name="hanhdong">An action name from <see cref="AuditActions.Labels"/>.</param>
    /// <param name="tu">First day (inclusive), dd/MM/yyyy or yyyy-MM-dd, site time.</param>
    /// <param name="den">Last day (inclusive), dd/MM/yyyy or yyyy-MM-dd, site time.</param>
    /// <param name="ip">Start of the IP address, e.g. "10.0." or a whole address.</param>
    /// <param name="trang">1-based page; out-of-range values are clamped.</param>
    /// <returns>The page.</returns>
    [HttpGet("/admin/nhat-ky")]
    public async Task<IActionResult> Index(string? nguoi, string? hanhdong, string? tu, string? den, string? ip, int trang = 1)
    {
        var filter = new AuditFilter { User = nguoi?.Trim(), Action = hanhdong?.Trim(), From = tu?.Trim(), To = den?.Trim(), IpAddress = ip?.Trim() };
        var page = new AuditPage { Filter = filter, Actions = AuditActions.Labels };
        var errors = new List<string>();
        IQueryable<AuditEntry> query = _db.AuditEntries;

        if (!string.IsNullOrEmpty(filter.User))
        {
            if (filter.User.Length > MaxFilterLength)
            {
                errors.Add("Tên người dùng trong bộ lọc quá dài.");
            }
            else
            {
                var pattern = "%" + EscapeLike(filter.User) + "%";
                query = query.Where(e => EF.Functions.Like(e.UserName, pattern, "\\"));
            }
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            if (AuditActions.Labels.ContainsKey(filter.Action))
            {
                var action = filter.Action;
                query = query.Where(e => e.Action == action);
            }
            else
            {
                errors.Add("Hành động không có trong danh sách; hãy chọn lại.");
            }
        }

        var from = ParseDay(filter.From, "Từ ngày", errors);
        var to = ParseDay(filter.To, "Đến ngày", errors);
        if (from is { } first && to is { } last && first > last)
        {
            errors.Add("“Từ ngày” đang sau “Đến ngày”.");
        }

        if (from is { } fromDay)
        {
            var start = _zone.FromSiteTime(fromDay);
            query = query.Where(e => e.At >= start);
        }

        if (to is { } toDay)
        {
            var end = _zone.FromSiteTime(toDay.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (!string.IsNullOrEmpty(filter.IpAddress))
        {
            if (filter.IpAddress.Length > 64 || !filter.IpAddress.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':'))
            {
                errors.Add("Địa chỉ IP chỉ gồm chữ số, chữ a–f, dấu chấm và dấu hai chấm.");
            }
            else
            {
                var pattern = EscapeLike(filter.IpAddress) + "%";
                query = query.Where(e => EF.Functions.Like(e.IpAddress, pattern, "\\"));
            }
        }

        if (errors.Count > 0)
        {
            page.Errors = errors;
            return View(page);
        }

        page.TotalCount = await query.CountAsync();
        page.PageCount = Math.Max(1, (page.TotalCount + AuditPage.PageSize - 1) / AuditPage.PageSize);
        page.PageNumber = Math.Clamp(trang, 1, page.PageCount);
        var entries = await query
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page.PageNumber - 1) * AuditPage.PageSize).Take(AuditPage.PageSize)
            .ToListAsync();
        page.Items = entries.Select(e => new AuditListItem(
                _zone.ToSiteTime(e.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                _zone.FormatIso(e.At),
                e.UserName,
                AuditActions.Labels.TryGetValue(e.Action, out var label) ? label : e.Action,
                e.Target,
                e.Details,
                e.IpAddress))
            .ToList();
        return View(page);
    }

    // A day the site's zone can convert both ways: years 1900–9998 keep DateTimeOffset arithmetic in range.
    private static DateOnly? ParseDay(string? text, string label, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, [.. DateFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 1900 and <= 9998)
        {
            return day;
        }

        var shown = text.Length <= 20 ? text : text[..20] + "…";
        errors.Add($"“{label}” không hợp lệ: “{shown}”. Hãy nhập theo dạng dd/MM/yyyy, ví dụ 25/04/2024.");
        return null;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
