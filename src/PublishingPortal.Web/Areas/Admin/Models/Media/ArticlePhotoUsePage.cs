using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary><c>/admin/bai-viet/{id}/anh/{mediaId}</c>: one photo and the three ways to place it.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Article title.</param>
/// <param name="Photo">The library photo.</param>
/// <param name="Figures">Body figures (for "attach to").</param>
/// <param name="Form">Prefilled or posted values.</param>
/// <param name="FailedAction">Which form failed validation ("dai-dien", "chen" or "gan"), to show its errors; null otherwise.</param>
public sealed record ArticlePhotoUsePage(
    int ArticleId,
    string Title,
    MediaAsset Photo,
    IReadOnlyList<Figure> Figures,
    PhotoPlacementModel Form,
    string? FailedAction);
