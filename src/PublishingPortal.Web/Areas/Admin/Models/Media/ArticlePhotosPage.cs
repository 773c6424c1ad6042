using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>
/// <c>/admin/bai-viet/{id}/anh</c>: the article's lead photo and figures ("photo missing" ones marked),
/// and the library to choose a photo from.
/// </summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Article title.</param>
/// <param name="Status">Workflow state.</param>
/// <param name="Lead">The lead photo figure, or null.</param>
/// <param name="Figures">Body figures by order.</param>
/// <param name="Library">Photos to choose from.</param>
/// <param name="TargetOrder">The figure a photo is being chosen for (from "Gắn ảnh"), or null.</param>
public sealed record ArticlePhotosPage(
    int ArticleId,
    string Title,
    ArticleStatus Status,
    Figure? Lead,
    IReadOnlyList<Figure> Figures,
    MediaListPage Library,
    int? TargetOrder);
