using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Accounts;

/// <summary>
/// What the authorization handler needs of an article: its state, its author, its section and, for a trashed one, the
/// state it had before. Built only by <see cref="Of"/> (a stored article) and <see cref="NewDraft"/> (one about to be
/// created), so every question about an article carries its section (issue 11, per-section rights).
/// </summary>
/// <param name="Status">Current workflow state.</param>
/// <param name="AuthorId">Identity id of its author, or null.</param>
/// <param name="CategoryId">Its section, or null for none (e.g. imported articles): then only accounts not limited in the right the action uses may act.</param>
/// <param name="StatusBeforeTrash">For a trashed article, its state before the trash (a public one makes Restore a publishing act), else null.</param>
public sealed record ArticleAccess(ArticleStatus Status, string? AuthorId, int? CategoryId, ArticleStatus? StatusBeforeTrash)
{
    /// <summary>The access question for a stored article.</summary>
    /// <param name="article">The article as stored.</param>
    /// <returns>Its state, author, section and state before the trash.</returns>
    public static ArticleAccess Of(Article article) =>
        new(article.Status, article.AuthorId, article.CategoryId, article.StatusBeforeTrash);

    /// <summary>The access question for a draft about to be created (or asked about for the section dropdown).</summary>
    /// <param name="authorId">The creating user's id.</param>
    /// <param name="categoryId">The chosen section, or null for none.</param>
    /// <returns>A draft of <paramref name="authorId"/> in <paramref name="categoryId"/>.</returns>
    public static ArticleAccess NewDraft(string authorId, int? categoryId) =>
        new(ArticleStatus.Draft, authorId, categoryId, null);
}
