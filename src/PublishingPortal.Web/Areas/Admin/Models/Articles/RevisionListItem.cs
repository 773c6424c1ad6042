namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>One line of an article's revision list.</summary>
/// <param name="Number">Revision number (1, 2, …).</param>
/// <param name="CreatedAt">UTC instant of the save.</param>
/// <param name="UserName">Who saved.</param>
/// <param name="Summary">What happened, e.g. "Sửa bài (nội dung)".</param>
public sealed record RevisionListItem(int Number, DateTimeOffset CreatedAt, string UserName, string Summary);
