using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Accounts;

/// <summary>What the authorization handler needs of an article: its state and its author.</summary>
/// <param name="Status">Current workflow state.</param>
/// <param name="AuthorId">Identity id of its author, or null.</param>
public sealed record ArticleAccess(ArticleStatus Status, string? AuthorId);
