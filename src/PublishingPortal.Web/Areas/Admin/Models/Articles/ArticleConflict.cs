using PublishingPortal.Core.Articles;

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
public sealed record ArticleConflict(string SavedBy, string SavedAt, string TheirText, string YourText, IReadOnlyList<RevisionDiffRow> Rows);
