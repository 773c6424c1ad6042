using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary>One article in a list of "Việc của tôi".</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Section">Section name, or "" without one.</param>
/// <param name="Status">Current state.</param>
/// <param name="At">Last save (or the publication time for scheduled ones), site time, "dd/MM/yyyy HH:mm".</param>
/// <param name="Reason">Why it was sent back, for returned articles; null otherwise.</param>
public sealed record MyWorkArticle(int Id, string Title, string Section, ArticleStatus Status, string At, string? Reason);
