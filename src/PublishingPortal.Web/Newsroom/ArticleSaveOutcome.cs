namespace PublishingPortal.Web.Newsroom;

/// <summary>How a change committed through <see cref="ArticleCommit"/> ended.</summary>
public enum ArticleSaveOutcome
{
    /// <summary>Saved, with its revision and audit entry.</summary>
    Saved,

    /// <summary>Refused because of the input (see <see cref="ArticleSaveResult.Errors"/>); nothing changed.</summary>
    Invalid,

    /// <summary>Refused because someone else saved the article since it was loaded; nothing changed.</summary>
    Conflict,
}
