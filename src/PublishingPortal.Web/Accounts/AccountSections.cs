using Microsoft.EntityFrameworkCore;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Reads an account's <see cref="PublishingPortal.Core.Workflow.SectionGrant"/>s into a <see cref="SectionScope"/>, once
/// per request (scoped; remembered per user id for the request's many authorization questions). Read from the
/// database and never from cookie claims, so a change an Administrator makes applies on the user's next request, not
/// their next sign-in (issue 11). Costs one query for an unlimited account, two for a limited one.
/// </summary>
public sealed class AccountSections
{
    private readonly PortalDbContext _db;
    private readonly Dictionary<string, SectionScope> _loaded = new(StringComparer.Ordinal);

    /// <summary>Creates the lookup.</summary>
    /// <param name="db">The request's context.</param>
    public AccountSections(PortalDbContext db)
    {
        _db = db;
    }

    /// <summary>The account's scope.</summary>
    /// <param name="userId">Identity id; empty for nobody (then unlimited, since the role rules have refused already).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The scope, children of chosen top-level sections included.</returns>
    public async Task<SectionScope> ForAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (userId.Length == 0)
        {
            return SectionScope.Unlimited;
        }

        if (_loaded.TryGetValue(userId, out var known))
        {
            return known;
        }

        var grants = await _db.SectionGrants.AsNoTracking()
            .Where(g => g.UserId == userId)
            .Select(g => new { g.Right, g.CategoryId })
            .ToListAsync(cancellationToken);
        var scope = SectionScope.Unlimited;
        if (grants.Count > 0)
        {
            var chosen = grants.Select(g => g.CategoryId).Distinct().ToList();
            var children = await _db.Categories.AsNoTracking()
                .Where(c => c.ParentId != null && chosen.Contains(c.ParentId.Value))
                .Select(c => new { c.Id, Parent = c.ParentId!.Value })
                .ToListAsync(cancellationToken);
            scope = new SectionScope(grants.GroupBy(g => g.Right).ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<int>)g.Select(x => x.CategoryId)
                    .Concat(children.Where(c => g.Any(x => x.CategoryId == c.Parent)).Select(c => c.Id))
                    .ToHashSet()));
        }

        _loaded[userId] = scope;
        return scope;
    }

    /// <summary>Forgets what was read for an account (after its grants were changed in this request).</summary>
    /// <param name="userId">Identity id.</param>
    public void Forget(string userId) => _loaded.Remove(userId);
}
