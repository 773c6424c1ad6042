using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Dashboard;

/// <summary>How many articles wait in one state and one section.</summary>
/// <param name="Status">The state.</param>
/// <param name="Section">Section name, or "" for articles without a section.</param>
/// <param name="CategoryId">Section id for the list's filter, or null.</param>
/// <param name="Count">Number of articles, at least 1.</param>
public sealed record MyWorkGroup(ArticleStatus Status, string Section, int? CategoryId, int Count);
