using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>What <see cref="ArticleCommit"/> did with a change to an article (<see cref="ArticleEditor"/> hands it to the controller).</summary>
/// <param name="Outcome">Saved, invalid or conflicting.</param>
/// <param name="ArticleId">The article's id (0 when a new article was not created).</param>
/// <param name="RevisionNumber">Number of the revision written, or 0 when nothing was saved or the change writes no revision (a purge).</param>
/// <param name="Errors">For <see cref="ArticleSaveOutcome.Invalid"/>: form field name ("" for the whole form) → Vietnamese message.</param>
/// <param name="Current">For <see cref="ArticleSaveOutcome.Conflict"/>: the article as the database now holds it (a snapshot, not saved), or null when it was deleted meanwhile.</param>
/// <param name="CurrentVersion">For a conflict: the database's current concurrency token, which a deliberate second save must carry.</param>
public sealed record ArticleSaveResult(
    ArticleSaveOutcome Outcome,
    int ArticleId,
    int RevisionNumber,
    IReadOnlyDictionary<string, string> Errors,
    ArticleRevision? Current = null,
    Guid? CurrentVersion = null)
{
    /// <summary>
    /// Set when the form was stale and merged on its base revision (issue 10): with <see cref="ArticleSaveOutcome.Saved"/>
    /// what was taken from the other save; with <see cref="ArticleSaveOutcome.Conflict"/> the conflicting fields (nothing saved).
    /// Null when no merge was made (a current form, or no trustworthy base: the plain conflict).
    /// </summary>
    public ArticleMergeReport? Merge { get; init; }

    /// <summary>A successful save.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="revisionNumber">Revision written.</param>
    /// <returns>The result.</returns>
    public static ArticleSaveResult Saved(int articleId, int revisionNumber) =>
        new(ArticleSaveOutcome.Saved, articleId, revisionNumber, new Dictionary<string, string>());

    /// <summary>A refusal because of the input.</summary>
    /// <param name="articleId">Article id, or 0.</param>
    /// <param name="errors">Field name → message.</param>
    /// <returns>The result.</returns>
    public static ArticleSaveResult Invalid(int articleId, IReadOnlyDictionary<string, string> errors) =>
        new(ArticleSaveOutcome.Invalid, articleId, 0, errors);

    /// <summary>A refusal because the article changed meanwhile.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="current">The database's current state, or null when deleted.</param>
    /// <param name="currentVersion">Its concurrency token.</param>
    /// <returns>The result.</returns>
    public static ArticleSaveResult Conflicted(int articleId, ArticleRevision? current, Guid? currentVersion) =>
        new(ArticleSaveOutcome.Conflict, articleId, 0, new Dictionary<string, string>(), current, currentVersion);
}
