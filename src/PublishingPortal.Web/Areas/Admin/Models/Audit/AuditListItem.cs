namespace PublishingPortal.Web.Areas.Admin.Models.Audit;

/// <summary>One line of <c>/admin/nhat-ky</c>, ready to print.</summary>
/// <param name="At">Time in site time, dd/MM/yyyy HH:mm:ss.</param>
/// <param name="AtIso">The same instant as ISO 8601 with the site's offset, for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="UserName">Account name, or the name typed in a failed sign-in.</param>
/// <param name="Action">Vietnamese label of the action (the raw name when it has no label).</param>
/// <param name="Target">What it was done to, e.g. "User:…" or "Article:42"; may be empty.</param>
/// <param name="Details">Human-readable detail; may be empty.</param>
/// <param name="IpAddress">Client IP as the server saw it; may be empty.</param>
public sealed record AuditListItem(
    string At,
    string AtIso,
    string UserName,
    string Action,
    string Target,
    string Details,
    string IpAddress);
