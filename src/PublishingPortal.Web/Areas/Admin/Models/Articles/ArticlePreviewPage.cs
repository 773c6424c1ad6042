using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>An article in any state shown in the public theme, at an authenticated, non-indexed, non-cached URL.</summary>
/// <param name="Page">The same projection the public page renders.</param>
/// <param name="Status">The article's state, named in the preview banner.</param>
public sealed record ArticlePreviewPage(ArticlePage Page, ArticleStatus Status);
