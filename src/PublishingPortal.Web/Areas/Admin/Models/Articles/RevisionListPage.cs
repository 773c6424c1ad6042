namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>An article's revisions, newest first.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Its current headline.</param>
/// <param name="Items">Revisions, newest first.</param>
/// <param name="CanRestore">Whether the user may restore a revision (needs the right to edit the article now).</param>
public sealed record RevisionListPage(int ArticleId, string Title, IReadOnlyList<RevisionListItem> Items, bool CanRestore);
