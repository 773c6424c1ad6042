using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// Where one account may use each <see cref="SectionRight"/>: for each right either every section (no limit) or a set
/// of section ids with the children of chosen top-level sections already added (issue 11: "a parent includes its
/// children"). Built per request by <see cref="AccountSections"/>.
/// </summary>
public sealed class SectionScope
{
    private readonly IReadOnlyDictionary<SectionRight, IReadOnlySet<int>> _limits;

    /// <summary>Creates a scope.</summary>
    /// <param name="limits">The limited rights and their sections (children included); a right not present is unlimited.</param>
    public SectionScope(IReadOnlyDictionary<SectionRight, IReadOnlySet<int>> limits)
    {
        _limits = limits;
    }

    /// <summary>No limit on any right (accounts without grants, and Administrators).</summary>
    public static SectionScope Unlimited { get; } = new(new Dictionary<SectionRight, IReadOnlySet<int>>());

    /// <summary>Whether some right is limited.</summary>
    public bool IsLimited => _limits.Count > 0;

    /// <summary>The sections a right may be used in.</summary>
    /// <param name="right">The right.</param>
    /// <returns>Null for every section; otherwise the ids (possibly none that still exist).</returns>
    public IReadOnlySet<int>? Allowed(SectionRight right) => _limits.GetValueOrDefault(right);

    /// <summary>Whether a right may be used on an article in a section.</summary>
    /// <param name="right">The right.</param>
    /// <param name="categoryId">The article's section, or null for none; an article without a section is open only to an unlimited right.</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(SectionRight right, int? categoryId) =>
        Allowed(right) is not { } set || (categoryId is { } id && set.Contains(id));
}
