using System.Globalization;

namespace PublishingPortal.Core.Site;

/// <summary>
/// Reads and writes <see cref="SiteSettings.HomeSectionIds"/>: section ids separated by commas, in the order the
/// home page shows their blocks (issue 11, "home-page section blocks and their order").
/// </summary>
public static class HomeSectionList
{
    /// <summary>Most blocks the home page shows (one query each, so the page's query count stays bounded).</summary>
    public const int MaxBlocks = 20;

    /// <summary>Parses the stored text; anything that is not a positive id is skipped, and so is a repeated id.</summary>
    /// <param name="stored">The stored text, e.g. <c>"4,1,7"</c>; null or blank for the default.</param>
    /// <returns>The ids in order (empty for the default), at most <see cref="MaxBlocks"/>.</returns>
    public static IReadOnlyList<int> Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return [];
        }

        var ids = new List<int>();
        foreach (var part in stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids.Take(MaxBlocks).ToList();
    }

    /// <summary>The stored text for a list of ids.</summary>
    /// <param name="ids">Ids in order.</param>
    /// <returns>E.g. <c>"4,1,7"</c>; empty for an empty list (the default).</returns>
    public static string Format(IEnumerable<int> ids) =>
        string.Join(",", ids.Distinct().Take(MaxBlocks).Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
