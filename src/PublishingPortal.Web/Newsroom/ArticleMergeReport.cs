using System.Globalization;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// A save from a stale form merged on the revision it started from (<see cref="ArticleMerger"/>): what was taken from
/// the stored side, or what conflicts. Fields are labelled as <see cref="ArticleFields"/> labels them.
/// </summary>
/// <param name="BaseRevision">The revision the form started from.</param>
/// <param name="StoredRevision">The latest revision, equal in its fields to the stored article: the base of a form made from the conflict page.</param>
/// <param name="StoredBy">Display names of who saved since the base, joined by ", ".</param>
/// <param name="StoredAt">UTC instant of the latest of those saves.</param>
/// <param name="Fields">The merge of the fields revisions keep.</param>
/// <param name="PublishAt">The merge of the publication time.</param>
/// <param name="ExpiresAt">The merge of the expiry.</param>
public sealed record ArticleMergeReport(
    int BaseRevision, int StoredRevision, string StoredBy, DateTimeOffset StoredAt, ArticleMergeResult Fields, ArticleTimeMerge PublishAt, ArticleTimeMerge ExpiresAt)
{
    /// <summary>Label of the publication time in merge messages.</summary>
    public const string PublishAtField = "Thời gian xuất bản";

    /// <summary>Label of the expiry in merge messages.</summary>
    public const string ExpiresAtField = "Hết hạn";

    /// <summary>Labels of the fields both sides changed differently, in form order.</summary>
    public IReadOnlyList<string> Conflicts =>
    [
        .. Fields.Conflicts,
        .. PublishAt.Outcome.Conflict ? [PublishAtField] : Array.Empty<string>(),
        .. ExpiresAt.Outcome.Conflict ? [ExpiresAtField] : Array.Empty<string>(),
    ];

    /// <summary>True when something conflicts: nothing is saved, the conflict page is shown.</summary>
    public bool HasConflicts => Conflicts.Count > 0;

    /// <summary>
    /// What was taken from the stored side, for "Đã gộp với thay đổi của …: Sapo, đoạn 3 của nội dung.": field labels,
    /// the body as its paragraphs' positions in the merged text when they are known.
    /// </summary>
    public IReadOnlyList<string> TakenFromTheirs
    {
        get
        {
            var taken = new List<string>();
            foreach (var label in Fields.TakenFromTheirs)
            {
                var paragraphs = Fields.Body?.TheirParagraphs ?? [];
                taken.Add(label != ArticleFields.BodyField || paragraphs.Count == 0
                    ? label
                    : "đoạn " + string.Join(", ", paragraphs.Select(p => p.ToString(CultureInfo.InvariantCulture))) + " của nội dung");
            }

            if (PublishAt.Outcome.FromTheirs)
            {
                taken.Add(PublishAtField);
            }

            if (ExpiresAt.Outcome.FromTheirs)
            {
                taken.Add(ExpiresAtField);
            }

            return taken;
        }
    }
}
