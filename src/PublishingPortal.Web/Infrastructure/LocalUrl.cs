namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Decides whether a return URL may be followed: only a path on this site. Refuses absolute URLs,
/// protocol-relative <c>//host</c>, <c>/\host</c> (browsers read the backslash as a slash), encoded
/// forms of those once decoded, and any control character (a tab or newline inside <c>/\t/host</c>
/// is dropped by browsers).
/// </summary>
public static class LocalUrl
{
    /// <summary>Longest return URL accepted, in characters.</summary>
    public const int MaxLength = 2048;

    /// <summary>Whether <paramref name="url"/> is a safe local path.</summary>
    /// <param name="url">Candidate, as received (query string values are already decoded once).</param>
    /// <returns>True for e.g. <c>/admin/bai-viet?trang=2</c>; false for null, empty or anything leaving the site.</returns>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/')
        {
            return false;
        }

        var decoded = Uri.UnescapeDataString(url);
        foreach (var candidate in new[] { url, decoded })
        {
            if (candidate.Any(char.IsControl)
                || (candidate.Length > 1 && (candidate[1] == '/' || candidate[1] == '\\'))
                || candidate.Contains('\\', StringComparison.Ordinal)
                || candidate.StartsWith("/%2f", StringComparison.OrdinalIgnoreCase)
                || candidate.StartsWith("/%5c", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
