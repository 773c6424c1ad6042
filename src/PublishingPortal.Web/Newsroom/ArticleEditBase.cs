namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// What an edit form started from, posted with it beside its <c>Version</c> (issue 10, "conflicts merge where they
/// can"): the revision it was rendered from and the two times it showed, which revisions do not keep.
/// </summary>
/// <param name="Revision">Number of the article's latest <see cref="Core.Articles.ArticleRevision"/> when the form was rendered (from 1).</param>
/// <param name="PublishAt">The publication time the form showed, <c>yyyy-MM-ddTHH:mm</c> in site time, "" for none; null when unknown (the merge then takes only an unchanged time).</param>
/// <param name="ExpiresAt">The expiry the form showed, same shape; null when unknown.</param>
public sealed record ArticleEditBase(int Revision, string? PublishAt, string? ExpiresAt);
