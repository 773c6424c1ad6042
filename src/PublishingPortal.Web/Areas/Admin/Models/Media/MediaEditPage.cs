using PublishingPortal.Core.Media;
using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>The page of one library photo: facts, the form, where it is used.</summary>
/// <param name="Asset">The photo (facts only; the form holds the editable values).</param>
/// <param name="Form">The form.</param>
/// <param name="Usage">Where it is used (deletion is refused while not empty).</param>
/// <param name="UploadedAt">Upload time in the site's zone, dd/MM/yyyy HH:mm.</param>
public sealed record MediaEditPage(MediaAsset Asset, MediaEditModel Form, IReadOnlyList<MediaUsage> Usage, string UploadedAt);
