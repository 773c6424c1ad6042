namespace PublishingPortal.Web.Media;

/// <summary>One page of the library, newest first.</summary>
/// <param name="Items">The photos on this page.</param>
/// <param name="Query">The search text as typed (empty for all).</param>
/// <param name="MissingAltOnly">Only photos still needing alt text.</param>
/// <param name="PageNumber">1-based page.</param>
/// <param name="PageCount">Pages, at least 1.</param>
/// <param name="TotalCount">Photos matching.</param>
public sealed record MediaListPage(IReadOnlyList<MediaListItem> Items, string Query, bool MissingAltOnly, int PageNumber, int PageCount, int TotalCount);
