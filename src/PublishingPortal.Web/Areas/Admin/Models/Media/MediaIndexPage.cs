using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>The library page: upload form, search, one page of photos, and the outcome of an upload without script.</summary>
/// <param name="List">Photos.</param>
/// <param name="MaxBytes">Largest file accepted, in bytes.</param>
/// <param name="MaxFiles">Most files per upload.</param>
/// <param name="Results">Outcome of the files just posted, or empty.</param>
public sealed record MediaIndexPage(MediaListPage List, long MaxBytes, int MaxFiles, IReadOnlyList<MediaUploadResult> Results);
