using System.Globalization;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>
/// The conflict page of a stale save whose merge conflicts (issue 10): only the conflicting fields, each with both
/// versions and a choice; everything else already merged travels in hidden fields. It posts the edit form's own fields
/// to the edit action, against the stored version and revision, so a further save by someone else meanwhile is merged
/// (or shown here) again.
/// </summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">The stored title.</param>
/// <param name="StoredBy">Who saved since the person opened the form.</param>
/// <param name="StoredAt">When, dd/MM/yyyy HH:mm in site time.</param>
/// <param name="Fields">The conflicting fields, in form order.</param>
/// <param name="Hidden">Field name → value of everything else the form posts (merged fields, version, base, workflow inputs).</param>
/// <param name="SubmitLabel">The button: "Lưu theo lựa chọn", or "… và gửi duyệt" when the person had pressed a workflow button.</param>
/// <param name="YourText">The person's whole posted version as text, so nothing typed is lost whatever they choose.</param>
/// <param name="ActionNote">"Chưa gửi duyệt: …" when a workflow button was pressed (the transition waits for the save), else null.</param>
public sealed record ArticleMergeConflictPage(
    int ArticleId,
    string Title,
    string StoredBy,
    string StoredAt,
    IReadOnlyList<MergeConflictField> Fields,
    IReadOnlyList<KeyValuePair<string, string>> Hidden,
    string SubmitLabel,
    string YourText,
    string? ActionNote)
{
    /// <summary>Builds the page.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="stored">The stored state (<see cref="ArticleSaveResult.Current"/>).</param>
    /// <param name="storedVersion">Its concurrency token, which the page's form carries.</param>
    /// <param name="merge">The merge with its conflicts.</param>
    /// <param name="yours">The person's parsed form.</param>
    /// <param name="categories">Section id → name, to show sections by name.</param>
    /// <param name="timeZone">Site time zone.</param>
    /// <param name="workflow">The workflow inputs posted with the form (<c>then</c>, <c>reason</c>, <c>workflowPublishAt</c>), kept.</param>
    /// <param name="actionLabel">"gửi duyệt", "trả lại", "xuất bản" for a workflow button, or null.</param>
    /// <returns>The page.</returns>
    public static ArticleMergeConflictPage Of(
        int articleId,
        ArticleRevision stored,
        Guid storedVersion,
        ArticleMergeReport merge,
        ArticleContent yours,
        IReadOnlyDictionary<string, string> categories,
        SiteTimeZone timeZone,
        IReadOnlyDictionary<string, string?> workflow,
        string? actionLabel)
    {
        var mine = merge.Fields.PreferMine!;
        var theirs = merge.Fields.PreferTheirs!;
        string Category(int? id) => id is { } value ? value.ToString(CultureInfo.InvariantCulture) : "";
        string CategoryName(string id) => id.Length == 0 ? "(không có)" : categories.TryGetValue(id, out var name) ? name : id;
        string Time(string input) => input.Length == 0 ? "(không có)"
            : SiteTimeInput.TryParse(timeZone, input, out var at) ? timeZone.FormatDateTime(at) : input;

        // Form order: (label, form name, value for mine, value for theirs, shown for mine, shown for theirs).
        var all = new (string Label, string Name, string Mine, string Theirs, string MineShown, string TheirsShown)[]
        {
            (ArticleFields.TitleField, nameof(ArticleEditModel.Title), mine.Title, theirs.Title, mine.Title, theirs.Title),
            (ArticleFields.SlugField, nameof(ArticleEditModel.Slug), mine.Slug, theirs.Slug, mine.Slug, theirs.Slug),
            (ArticleFields.LeadField, nameof(ArticleEditModel.Lead), mine.Lead, theirs.Lead, mine.Lead, theirs.Lead),
            (ArticleFields.BodyField, nameof(ArticleEditModel.BodyMarkdown), mine.BodyMarkdown, theirs.BodyMarkdown,
                Groups(merge, g => g.Mine), Groups(merge, g => g.Theirs)),
            (ArticleFields.CategoryField, nameof(ArticleEditModel.CategoryId), Category(mine.CategoryId), Category(theirs.CategoryId),
                CategoryName(Category(mine.CategoryId)), CategoryName(Category(theirs.CategoryId))),
            (ArticleFields.TagsField, nameof(ArticleEditModel.Tags), mine.Tags, theirs.Tags, mine.Tags, theirs.Tags),
            (ArticleFields.BylineField, nameof(ArticleEditModel.Byline), mine.Byline ?? "", theirs.Byline ?? "", mine.Byline ?? "", theirs.Byline ?? ""),
            (ArticleFields.SourceField, nameof(ArticleEditModel.Source), mine.Source ?? "", theirs.Source ?? "", mine.Source ?? "", theirs.Source ?? ""),
            (ArticleMergeReport.PublishAtField, nameof(ArticleEditModel.PublishAt), merge.PublishAt.PreferMine, merge.PublishAt.PreferTheirs,
                Time(merge.PublishAt.PreferMine), Time(merge.PublishAt.PreferTheirs)),
            (ArticleMergeReport.ExpiresAtField, nameof(ArticleEditModel.ExpiresAt), merge.ExpiresAt.PreferMine, merge.ExpiresAt.PreferTheirs,
                Time(merge.ExpiresAt.PreferMine), Time(merge.ExpiresAt.PreferTheirs)),
        };
        var conflicts = merge.Conflicts;
        var fields = all.Where(f => conflicts.Contains(f.Label, StringComparer.Ordinal))
            .Select(f => new MergeConflictField(f.Name, f.Label, f.Mine, f.Theirs, RevisionDiff.SideBySide(f.TheirsShown, f.MineShown)))
            .ToList();
        var hidden = all.Where(f => !conflicts.Contains(f.Label, StringComparer.Ordinal))
            .Select(f => KeyValuePair.Create(f.Name, f.Mine))
            .Concat(
            [
                KeyValuePair.Create(nameof(ArticleEditModel.Version), storedVersion.ToString("D")),
                KeyValuePair.Create(nameof(ArticleEditModel.BaseRevision), merge.StoredRevision.ToString(CultureInfo.InvariantCulture)),
                KeyValuePair.Create(nameof(ArticleEditModel.BasePublishAt), merge.PublishAt.Theirs),
                KeyValuePair.Create(nameof(ArticleEditModel.BaseExpiresAt), merge.ExpiresAt.Theirs),
            ])
            .Concat(workflow.Where(w => !string.IsNullOrEmpty(w.Value)).Select(w => KeyValuePair.Create(w.Key, w.Value!)))
            .ToList();
        var yourText = new ArticleRevision
        {
            Title = yours.Title,
            Slug = yours.Slug ?? "",
            Lead = yours.Lead,
            BodyMarkdown = yours.BodyMarkdown,
            Byline = yours.Byline,
            Source = yours.Source,
            Tags = string.Join(", ", yours.Tags),
        }.ToComparableText();
        return new ArticleMergeConflictPage(articleId, stored.Title, merge.StoredBy, timeZone.FormatDateTime(merge.StoredAt), fields, hidden,
            actionLabel is null ? "Lưu theo lựa chọn" : "Lưu theo lựa chọn và " + actionLabel, yourText,
            actionLabel is null ? null : $"Chưa {actionLabel}: bài chưa lưu được nên thao tác chưa được thực hiện; nút dưới đây lưu rồi {actionLabel}.");
    }

    // The conflicting paragraphs of one side, groups separated by a visible mark.
    private static string Groups(ArticleMergeReport merge, Func<BodyConflict, string> side) =>
        string.Join("\n\n[…]\n\n", (merge.Fields.Body?.ConflictGroups ?? []).Select(g => side(g).Length == 0 ? "(đã xoá)" : side(g)));
}
