using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// The signed-in user of the request as changes record them: the account id from the
/// <see cref="ClaimTypes.NameIdentifier"/> claim and the account's display name, looked up once per request
/// (the service is scoped). The name falls back to the sign-in name, then to "không rõ", so a revision always
/// names someone. Jobs without a request use <see cref="EditorIdentity.Schedule"/> or <see cref="EditorIdentity.Import"/>.
/// </summary>
public sealed class CurrentEditor
{
    private readonly PortalDbContext _db;
    private readonly IHttpContextAccessor _http;
    private EditorIdentity? _identity;

    /// <summary>Creates the service.</summary>
    /// <param name="db">The request's context, for the display name.</param>
    /// <param name="http">The current request, for its user.</param>
    public CurrentEditor(PortalDbContext db, IHttpContextAccessor http)
    {
        _db = db;
        _http = http;
    }

    /// <summary>The request's user; the first call reads the display name, later calls return the same answer.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>Id and name; id null when the request has no signed-in user.</returns>
    public async Task<EditorIdentity> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_identity is not null)
        {
            return _identity;
        }

        var user = _http.HttpContext?.User;
        var userId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = userId is null
            ? null
            : await _db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName)
                .FirstOrDefaultAsync(cancellationToken);
        _identity = new EditorIdentity(userId, string.IsNullOrWhiteSpace(name) ? user?.Identity?.Name ?? "không rõ" : name);
        return _identity;
    }

    /// <summary>The request's user as the workflow sees them (id and roles; no roles without a signed-in user).</summary>
    /// <returns>The actor for <see cref="Core.Workflow.ArticleWorkflow"/>.</returns>
    public Core.Workflow.Actor Actor() =>
        _http.HttpContext?.User is { } user
            ? ArticleAuthorizationHandler.ActorOf(user)
            : new Core.Workflow.Actor("", new HashSet<string>(StringComparer.Ordinal));
}
