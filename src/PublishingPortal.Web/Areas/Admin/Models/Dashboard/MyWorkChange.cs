namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary>A recent revision of one of my articles made by someone else (or by a job).</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">The article's title in that revision.</param>
/// <param name="Number">Revision number.</param>
/// <param name="By">Who saved it.</param>
/// <param name="Summary">The revision's summary, e.g. "Xuất bản".</param>
/// <param name="At">When, site time, "dd/MM/yyyy HH:mm".</param>
public sealed record MyWorkChange(int ArticleId, string Title, int Number, string By, string Summary, string At);
