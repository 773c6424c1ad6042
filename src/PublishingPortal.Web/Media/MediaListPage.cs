using PublishingPortal.Core.Listing;

namespace PublishingPortal.Web.Media;

/// <summary>One page of the library, newest first.</summary>
/// <param name="Items">The photos on this page.</param>
/// <param name="Query">The search text as typed (empty for all).</param>
/// <param name="MissingAltOnly">Only photos still needing alt text.</param>
/// <param name="Paging">The page shown (clamped to a real page) among the photos matching.</param>
public sealed record MediaListPage(IReadOnlyList<MediaListItem> Items, string Query, bool MissingAltOnly, Paging Paging);
