using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Merges a save made from a stale edit form (issue 10, "conflicts merge where they can"): the form's base revision,
/// the posted fields and the stored article go through <see cref="ArticleMerge.Merge"/>; the two times, which
/// revisions do not keep, through <see cref="ArticleTimeMerge"/>. Reads only; the save is <see cref="ArticleEditor"/>'s.
/// </summary>
public sealed class ArticleMerger
{
    private readonly PortalDbContext _db;
    private readonly SiteTimeZone _timeZone;

    /// <summary>Creates the merger.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="timeZone">Site time zone: the times are compared as the form shows them.</param>
    public ArticleMerger(PortalDbContext db, SiteTimeZone timeZone)
    {
        _db = db;
        _timeZone = timeZone;
    }

    /// <summary>Merges the posted form with the stored article on the revision the form started from.</summary>
    /// <param name="stored">The article as stored now (tracked, tags loaded), newer than the form.</param>
    /// <param name="mine">The posted form.</param>
    /// <param name="from">What the form started from.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>
    /// The report; null when there is no trustworthy base, and the save must be refused as before merging existed:
    /// the revision is not this article's (unknown, forged, deleted), no revision was saved after it although the
    /// article changed, or a save landed between the reads (the latest revision differs from the stored article).
    /// </returns>
    public async Task<ArticleMergeReport?> MergeAsync(Article stored, ArticleContent mine, ArticleEditBase from, CancellationToken cancellationToken = default)
    {
        var revisions = await _db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == stored.Id && r.Number >= from.Revision)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        if (revisions.Count < 2 || revisions[0].Number != from.Revision)
        {
            return null;
        }

        var baseFields = ArticleFields.Of(revisions[0]);
        var theirs = Fields(stored);
        var latest = revisions[^1];
        if (!Same(ArticleFields.Of(latest), theirs))
        {
            return null;
        }

        var mineFields = new ArticleFields(mine.Title, mine.Slug ?? "", mine.Lead, mine.BodyMarkdown, mine.Byline, mine.Source, mine.CategoryId,
            string.Join(", ", mine.Tags));
        // The same tags in another order are no change (the stored order is the database's).
        mineFields = mineFields with { Tags = SameTags(mineFields.Tags, baseFields.Tags) ? baseFields.Tags : mineFields.Tags };
        theirs = theirs with { Tags = SameTags(theirs.Tags, baseFields.Tags) ? baseFields.Tags : theirs.Tags };
        var fields = ArticleMerge.Merge(baseFields, mineFields, theirs);

        var publishAt = Time(from.PublishAt, mine.PublishAt, stored.PublishedAt);
        var expiresAt = Time(from.ExpiresAt, mine.ExpiresAt, stored.ExpiresAt);
        if (!publishAt.Outcome.Conflict && !expiresAt.Outcome.Conflict
            && Parse(publishAt.PreferMine) is { } start && Parse(expiresAt.PreferMine) is { } end && end <= start)
        {
            // Each side's times were in order, together they are not: the person chooses.
            expiresAt = expiresAt with { Outcome = new FieldMerge(null, true, false) };
        }

        var names = revisions.Skip(1).Select(r => r.UserName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new ArticleMergeReport(from.Revision, latest.Number, names.Count == 0 ? "người khác" : string.Join(", ", names), latest.CreatedAt,
            fields, publishAt, expiresAt);
    }

    /// <summary>The form content of merged fields and times.</summary>
    /// <param name="fields">Merged fields (a blank slug is made from the title, as on the form).</param>
    /// <param name="publishAt">Publication time as the form shows it, "" for none.</param>
    /// <param name="expiresAt">Expiry, same shape.</param>
    /// <returns>What <see cref="ArticleEditor"/> saves.</returns>
    public ArticleContent Content(ArticleFields fields, string publishAt, string expiresAt) =>
        new(fields.Title, fields.Slug.Length == 0 ? null : fields.Slug, fields.Lead, fields.BodyMarkdown, fields.CategoryId,
            Tag.ParseNames(fields.Tags), fields.Byline, fields.Source, Parse(publishAt), Parse(expiresAt));

    private static ArticleFields Fields(Article article) =>
        new(article.Title, article.Slug, article.Lead, article.BodyMarkdown, article.Byline, article.Source, article.CategoryId,
            string.Join(", ", article.Tags.Select(t => t.Name)));

    private static bool Same(ArticleFields a, ArticleFields b) =>
        (a with { Tags = "" }) == (b with { Tags = "" }) && SameTags(a.Tags, b.Tags);

    private static bool SameTags(string a, string b) =>
        Tag.ParseNames(a).Order(StringComparer.Ordinal).SequenceEqual(Tag.ParseNames(b).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    // Unknown base (an older form): "?" equals neither side, so only an unchanged value merges.
    private ArticleTimeMerge Time(string? baseText, DateTimeOffset? mine, DateTimeOffset? stored)
    {
        var b = baseText is null ? "?" : SiteTimeInput.TryParse(_timeZone, baseText, out var parsed) ? _timeZone.FormatInput(parsed) : "?";
        var m = _timeZone.FormatInput(mine);
        var t = _timeZone.FormatInput(stored);
        return new ArticleTimeMerge(m, t, ArticleMerge.Value(b, m, t));
    }

    private DateTimeOffset? Parse(string text) => SiteTimeInput.TryParse(_timeZone, text, out var instant) ? instant : null;
}
