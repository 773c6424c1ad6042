using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>An article in any state shown in the public theme, at an authenticated, non-indexed, non-cached URL.</summary>
/// <param name="Page">The same projection the public page renders.</param>
/// <param name="Status">The article's state, named in the preview banner.</param>
/// <param name="VisibleToReaders">Whether readers see the article now (<see cref="ReaderVisibility"/>, the rule of the public page).</param>
public sealed record ArticlePreviewPage(ArticlePage Page, ArticleStatus Status, bool VisibleToReaders);
