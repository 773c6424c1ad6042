using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Listing;
using PublishingPortal.Data;
using PublishingPortal.Web.Areas.Admin.Models.Audit;

namespace PublishingPortal.Web.Auditing;

/// <summary>
/// Reads the audit log for <c>/admin/nhat-ky</c>: the entries matching an <see cref="AuditFilter"/>,
/// newest first, <see cref="AuditPage.PageSize"/> a page, projected for display in the site's time zone.
/// Read-only: nothing in the app edits or deletes <see cref="AuditEntry"/> rows.
/// </summary>
public sealed class AuditQueries
{
    private readonly PortalDbContext _db;
    private readonly SiteTimeZone _zone;

    /// <summary>Creates the queries.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="zone">Site time zone: filter days and shown times are in it.</param>
    public AuditQueries(PortalDbContext db, SiteTimeZone zone)
    {
        _db = db;
        _zone = zone;
    }

    /// <summary>
    /// One page of matching entries. Filters that cannot be read (<see cref="AuditFilter.Check"/>) are
    /// reported and nothing is queried; the user filter matches any part of the name and the IP filter the
    /// start of the address, both with LIKE wildcards typed taken literally.
    /// </summary>
    /// <param name="filter">The filters as typed (trimmed).</param>
    /// <param name="page">1-based page as asked; out-of-range values are clamped.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page (two queries: count and page), or the filter errors with no entries.</returns>
    public async Task<AuditPage> PageAsync(AuditFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var result = new AuditPage { Filter = filter, Actions = AuditActions.Labels, Errors = filter.Check() };
        if (result.Errors.Count > 0)
        {
            return result;
        }

        var query = Matching(filter);
        result.Paging = Paging.Clamped(page, AuditPage.PageSize, await query.CountAsync(cancellationToken));
        var entries = await query
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(result.Paging.Skip).Take(result.Paging.PageSize)
            .ToListAsync(cancellationToken);
        result.Items = entries.Select(e => new AuditListItem(
                _zone.FormatDateTimeSeconds(e.At),
                _zone.FormatIso(e.At),
                e.UserName,
                AuditActions.Labels.TryGetValue(e.Action, out var label) ? label : e.Action,
                e.Target,
                e.Details,
                e.IpAddress))
            .ToList();
        return result;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    // The filter has passed Check: every non-empty value is usable.
    private IQueryable<AuditEntry> Matching(AuditFilter filter)
    {
        IQueryable<AuditEntry> query = _db.AuditEntries;
        if (!string.IsNullOrEmpty(filter.User))
        {
            var pattern = "%" + EscapeLike(filter.User) + "%";
            query = query.Where(e => EF.Functions.Like(e.UserName, pattern, "\\"));
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            var action = filter.Action;
            query = query.Where(e => e.Action == action);
        }

        if (filter.FromDay is { } fromDay)
        {
            var start = _zone.FromSiteTime(fromDay);
            query = query.Where(e => e.At >= start);
        }

        if (filter.ToDay is { } toDay)
        {
            var end = _zone.FromSiteTime(toDay.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (!string.IsNullOrEmpty(filter.IpAddress))
        {
            var pattern = EscapeLike(filter.IpAddress) + "%";
            query = query.Where(e => EF.Functions.Like(e.IpAddress, pattern, "\\"));
        }

        return query;
    }
}
