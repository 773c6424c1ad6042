using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>
/// A refused save: the text someone else saved meanwhile beside the user's unsaved text, with their
/// difference, so the user can merge by hand and save again.
/// </summary>
/// <param name="SavedBy">Who made the save that won (display name), or empty when unknown.</param>
/// <param name="SavedAt">When, dd/MM/yyyy HH:mm in site time.</param>
/// <param name="TheirText">The stored article as comparable text (<see cref="ArticleRevision.ToComparableText"/>).</param>
/// <param name="YourText">The user's posted fields as comparable text.</param>
/// <param name="Rows">Side-by-side difference from theirs (left) to yours (right).</param>
public sealed record ArticleConflict(string SavedBy, string SavedAt, string TheirText, string YourText, IReadOnlyList<RevisionDiffRow> Rows)
{
    /// <summary>The conflict between the stored state and the user's posted form.</summary>
    /// <param name="current">The stored state (<see cref="ArticleSaveResult.Current"/>), with who saved it and when.</param>
    /// <param name="yours">The user's parsed form.</param>
    /// <param name="timeZone">Site time zone for <see cref="SavedAt"/>.</param>
    /// <returns>Both texts and their side-by-side difference.</returns>
    public static ArticleConflict Between(ArticleRevision current, ArticleContent yours, SiteTimeZone timeZone)
    {
        var theirs = current.ToComparableText();
        var mine = new ArticleRevision
        {
            Title = yours.Title,
            Slug = yours.Slug ?? "",
            Lead = yours.Lead,
            BodyMarkdown = yours.BodyMarkdown,
            Byline = yours.Byline,
            Source = yours.Source,
            Tags = string.Join(", ", yours.Tags),
        }.ToComparableText();
        return new ArticleConflict(current.UserName, timeZone.FormatDateTime(current.CreatedAt), theirs, mine, RevisionDiff.SideBySide(theirs, mine));
    }
}
