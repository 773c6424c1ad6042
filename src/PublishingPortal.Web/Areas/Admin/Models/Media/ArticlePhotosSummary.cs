namespace PublishingPortal.Web.Areas.Admin.Models.Media;

/// <summary>The photo panel of the article editor.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="LeadPath">Variant path of the lead photo, or null when none is chosen.</param>
/// <param name="LeadWidth">Lead photo width, if known.</param>
/// <param name="LeadHeight">Lead photo height, if known.</param>
/// <param name="LeadCaption">Lead photo caption (may be empty).</param>
/// <param name="FigureCount">Body figures.</param>
/// <param name="MissingCount">Body figures still without a photo ("photo missing", from imports).</param>
public sealed record ArticlePhotosSummary(int ArticleId, string? LeadPath, int? LeadWidth, int? LeadHeight, string LeadCaption, int FigureCount, int MissingCount);
