using PublishingPortal.Core.Media;

namespace PublishingPortal.Web.Media;

/// <summary>Outcome of one uploaded file: the stored photo, or a Vietnamese message and nothing stored.</summary>
/// <param name="FileName">The file name as uploaded (text only).</param>
/// <param name="Asset">The new library photo, or null when refused.</param>
/// <param name="Error">Why it was refused, or null.</param>
public sealed record MediaUploadResult(string FileName, MediaAsset? Asset, string? Error)
{
    /// <summary>True when stored.</summary>
    public bool Succeeded => Asset is not null;
}
