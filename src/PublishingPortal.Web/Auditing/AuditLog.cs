using System.Security.Claims;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Auditing;

/// <summary>
/// Writes audit entries for the current request: who (the signed-in user unless given), when (UTC),
/// from which IP. Entries are added to the request's <see cref="PortalDbContext"/>; <see cref="WriteAsync"/>
/// saves at once, <see cref="Add"/> leaves saving to the caller so the entry commits with the change it records.
/// </summary>
public sealed class AuditLog
{
    private readonly PortalDbContext _db;
    private readonly IHttpContextAccessor _http;
    private readonly TimeProvider _clock;

    /// <summary>Creates the log.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="http">Current request, for user and IP.</param>
    /// <param name="clock">Clock.</param>
    public AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
    {
        _db = db;
        _http = http;
        _clock = clock;
    }

    /// <summary>Adds an entry without saving.</summary>
    /// <param name="action">One of <see cref="AuditActions"/>.</param>
    /// <param name="target">e.g. "Article:42".</param>
    /// <param name="details">Human-readable detail.</param>
    /// <param name="userId">Override the user (e.g. for a sign-in before the cookie exists).</param>
    /// <param name="userName">Override the user name (e.g. the name typed in a failed sign-in).</param>
    /// <returns>The entry.</returns>
    public AuditEntry Add(string action, string target = "", string details = "", string? userId = null, string? userName = null)
    {
        var context = _http.HttpContext;
        var user = context?.User;
        var entry = new AuditEntry
        {
            At = _clock.GetUtcNow(),
            UserId = userId ?? user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = Truncate(userName ?? user?.Identity?.Name ?? "hệ thống", 256),
            Action = action,
            Target = Truncate(target, 200),
            Details = Truncate(details, 4000),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString() ?? "",
        };
        _db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it.</summary>
    /// <param name="action">One of <see cref="AuditActions"/>.</param>
    /// <param name="target">e.g. "Article:42".</param>
    /// <param name="details">Human-readable detail.</param>
    /// <param name="userId">Override the user.</param>
    /// <param name="userName">Override the user name.</param>
    /// <returns>A task that completes when saved.</returns>
    public async Task WriteAsync(string action, string target = "", string details = "", string? userId = null, string? userName = null)
    {
        Add(action, target, details, userId, userName);
        await _db.SaveChangesAsync();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
