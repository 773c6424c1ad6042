using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Every change made to articles from the admin area: create, save, workflow transitions, revision
/// restore and purge. Each one prepares the article and the texts of its revision and audit entry, and
/// hands them to <see cref="ArticleCommit"/>, which writes all three in one transaction and evicts the reader
/// pages when readers may see the difference. Changes are recorded under <see cref="CurrentEditor"/>.
/// Permission checks are the caller's (the controller asks the authorization service first).
/// </summary>
public sealed class ArticleEditor
{
    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly ArticleCommit _commit;
    private readonly CurrentEditor _editor;
    private readonly TimeProvider _clock;
    private readonly SiteTimeZone _timeZone;
    private readonly ArticleMerger _merger;
    private readonly SectionGate _sections;

    /// <summary>Creates the editor.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="renderer">Markdown renderer and sanitiser shared with the public page.</param>
    /// <param name="commit">The commit step every change goes through.</param>
    /// <param name="editor">The signed-in user, named in revisions and audit entries.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="timeZone">Site time zone, for the times written into summaries.</param>
    /// <param name="merger">Merges a save from a stale form on the revision it started from.</param>
    /// <param name="sections">Whether the user may put an article into a section (issue 11, per-section rights).</param>
    public ArticleEditor(
        PortalDbContext db,
        ArticleBodyRenderer renderer,
        ArticleCommit commit,
        CurrentEditor editor,
        TimeProvider clock,
        SiteTimeZone timeZone,
        ArticleMerger merger,
        SectionGate sections)
    {
        _sections = sections;
        _merger = merger;
        _db = db;
        _renderer = renderer;
        _commit = commit;
        _editor = editor;
        _clock = clock;
        _timeZone = timeZone;
    }

    /// <summary>Loads an article for changing (tracked, with tags, figures and former slugs).</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The article, or null.</returns>
    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        _db.Articles.AsSplitQuery()
            .Include(a => a.Tags)
            .Include(a => a.Figures)
            .Include(a => a.OldSlugs)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>
    /// Renders Markdown exactly as a save would store it, for previews.
    /// </summary>
    /// <param name="markdown">Markdown source.</param>
    /// <param name="articleId">Article whose figures <c>figure:N</c> refers to, or null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Sanitised HTML.</returns>
    public async Task<string> RenderAsync(string markdown, int? articleId, CancellationToken cancellationToken = default)
    {
        var figures = articleId is { } id
            ? await _db.Figures.AsNoTracking().Where(f => f.ArticleId == id).OrderBy(f => f.Order)
                .ToListAsync(cancellationToken)
            : [];
        return _renderer.Render(markdown, figures);
    }

    /// <summary>
    /// Creates a draft authored by the signed-in user (<see cref="CurrentEditor"/>), with revision 1 and an
    /// <see cref="AuditActions.ArticleCreated"/> entry. A blank slug is made from the title
    /// (with -2, -3, … when taken); a typed slug that another article uses or used is refused.
    /// </summary>
    /// <param name="content">Parsed form.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved with the new id, or invalid with messages.</returns>
    public async Task<ArticleSaveResult> CreateAsync(ArticleContent content, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        await CheckCategoryAsync(content, null, errors, cancellationToken);
        var slug = await ChooseSlugAsync(content, 0, null, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ArticleSaveResult.Invalid(0, errors);
        }

        var by = await _editor.GetAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var article = new Article
        {
            Slug = slug,
            Status = ArticleStatus.Draft,
            AuthorId = by.UserId,
            CreatedAt = now,
        };
        await ApplyContentAsync(article, content, now, cancellationToken);
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: "Tạo bài",
            AuditActions.ArticleCreated,
            _ => $"Tạo bài nháp \"{article.Title}\" ({ReaderUrls.Article(article.Slug)})"), cancellationToken);
    }

    /// <summary>
    /// Saves the form over a loaded article if nobody saved it since the form was loaded
    /// (<paramref name="version"/> is compared in the UPDATE itself), re-rendering the body and writing
    /// a revision and an <see cref="AuditActions.ArticleSaved"/> entry. A changed slug keeps the old one
    /// as a 301 redirect.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="content">Parsed form.</param>
    /// <param name="version">The concurrency token the form was loaded with.</param>
    /// <param name="from">
    /// What the form started from, or null: when <paramref name="version"/> is stale the form is merged on that revision
    /// (<see cref="ArticleMerger"/>) and the merge saved as one revision, or refused with its conflicts (issue 10).
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// Saved (with <see cref="ArticleSaveResult.Merge"/> after a merge), invalid (nothing changed) or conflict (nothing
    /// changed; the stored state returned, and the merge's conflicts when a merge was tried).
    /// </returns>
    public async Task<ArticleSaveResult> SaveAsync(
        Article article, ArticleContent content, Guid version, ArticleEditBase? from = null, CancellationToken cancellationToken = default)
    {
        var (errors, changes, merge) = await ApplySaveAsync(article, content, version, from, cancellationToken);
        if (errors is not null)
        {
            return ArticleSaveResult.Invalid(article.Id, errors);
        }

        if (merge is { HasConflicts: true })
        {
            return MergeConflict(article, merge);
        }

        var by = await _editor.GetAsync(cancellationToken);
        var merged = MergeNote(merge);
        var result = await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: (changes.Length == 0 ? "Lưu bài (không thay đổi)" : "Sửa bài: " + changes) + merged,
            AuditActions.ArticleSaved,
            number => $"Lưu phiên bản {number} của \"{article.Title}\"" + (changes.Length == 0 ? "" : $" ({changes})") + merged), cancellationToken);
        return result with { Merge = result.Outcome == ArticleSaveOutcome.Saved ? merge : null };
    }

    /// <summary>
    /// Saves the form and takes a workflow transition in one commit (the edit form's "Lưu và gửi duyệt",
    /// "Lưu và trả lại", "Lưu và duyệt xuất bản"): the checks of <see cref="SaveAsync"/>, then
    /// <see cref="ArticleWorkflow.Apply"/>, one revision whose summary names both ("Sửa bài: sapo; Gửi duyệt", or only
    /// the transition when no field changed) and one <see cref="AuditActions.ArticleTransition"/> entry naming the
    /// changed fields. A refused save (invalid, conflict) applies no transition: nothing changes (issue 10).
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="content">Parsed form.</param>
    /// <param name="version">The concurrency token the form was loaded with.</param>
    /// <param name="from">What the form started from, as for <see cref="SaveAsync"/>: a merged save takes the transition too.</param>
    /// <param name="action">Submit, SendBack or Publish, already allowed by <see cref="ArticleWorkflow.Decide"/> (the caller's check).</param>
    /// <param name="reason">For SendBack: checked with <see cref="SendBackRefusal"/> by the caller.</param>
    /// <param name="publishAt">For Publish: from <see cref="PublishRefusal(DateTimeOffset?, string?, out DateTimeOffset?)"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved with the revision number, invalid (nothing changed) or conflict (nothing changed; the stored state returned).</returns>
    public async Task<ArticleSaveResult> SaveAndTransitionAsync(
        Article article, ArticleContent content, Guid version, ArticleEditBase? from, WorkflowAction action, string? reason, DateTimeOffset? publishAt,
        CancellationToken cancellationToken = default)
    {
        var (errors, changes, merge) = await ApplySaveAsync(article, content, version, from, cancellationToken);
        if (errors is not null)
        {
            return ArticleSaveResult.Invalid(article.Id, errors);
        }

        if (merge is { HasConflicts: true })
        {
            return MergeConflict(article, merge);
        }

        var by = await _editor.GetAsync(cancellationToken);
        var (summary, details) = ApplyTransition(article, action, reason, publishAt);
        var merged = MergeNote(merge);
        var result = await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: (changes.Length == 0 ? summary : $"Sửa bài: {changes}; {summary}") + merged,
            AuditActions.ArticleTransition,
            number => details + (changes.Length == 0 ? "" : $". Lưu cùng lúc phiên bản {number} ({changes})") + merged), cancellationToken);
        return result with { Merge = result.Outcome == ArticleSaveOutcome.Saved ? merge : null };
    }

    /// <summary>
    /// Whether a save by the signed-in user to this article waits for a publisher (issue 11): the article is live
    /// (Published or Scheduled) and the user may not publish it: no Publisher role, or not in the article's section
    /// (per-section rights). Such a save is <see cref="SaveCorrectionAsync"/>.
    /// </summary>
    /// <param name="article">The article as stored.</param>
    /// <returns>True when the save becomes a pending correction.</returns>
    public async Task<bool> SavesAsCorrectionAsync(Article article) =>
        article.Status.IsPublic() && !await _sections.MayPublishLiveAsync(article, _editor.Actor());

    /// <summary>
    /// Saves the form over a live article as a pending correction (issue 11): the form's text fields (title, slug, sapo,
    /// body, section, keywords, byline, source) become a new revision whose number the article keeps in
    /// <see cref="Article.PendingRevisionNumber"/>, while the article's own fields, what readers see, stay as they are.
    /// Publication and expiry times are not part of a correction: they stay as stored. A form loaded before someone
    /// else's save is refused as a conflict (no merge); a slug already taken or a missing section is refused.
    /// A later correction replaces the earlier one.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>, Published or Scheduled.</param>
    /// <param name="content">Parsed form.</param>
    /// <param name="version">The concurrency token the form was loaded with.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved with the pending revision's number, invalid or conflict (nothing changed).</returns>
    public async Task<ArticleSaveResult> SaveCorrectionAsync(Article article, ArticleContent content, Guid version, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        await CheckCategoryAsync(content, article, errors, cancellationToken);
        var slug = await ChooseSlugAsync(content, article.Id, article.Slug, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ArticleSaveResult.Invalid(article.Id, errors);
        }

        // An untracked copy holds the correction: the revision records it, the tracked article keeps the live text.
        var correction = new Article
        {
            Id = article.Id,
            Title = content.Title,
            Slug = slug,
            Lead = content.Lead,
            BodyMarkdown = content.BodyMarkdown,
            Byline = content.Byline,
            Source = content.Source,
            CategoryId = content.CategoryId,
            Status = article.Status,
            PublishedAt = article.PublishedAt,
            ExpiresAt = article.ExpiresAt,
        };
        foreach (var name in content.Tags)
        {
            correction.Tags.Add(new Tag { Name = name, Slug = Slugs.FromTitle(name) });
        }

        var now = _clock.GetUtcNow();
        var changes = Changes(ArticleRevision.Of(article, 0, null, "", "", now), correction, (article.PublishedAt, article.ExpiresAt));
        article.UpdatedAt = now;
        _db.Entry(article).Property(a => a.Version).OriginalValue = version;
        var by = await _editor.GetAsync(cancellationToken);
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: PendingSummaryPrefix + (changes.Length == 0 ? "" : ": " + changes),
            AuditActions.ArticleSaved,
            number => $"Lưu bản sửa chờ duyệt (phiên bản {number}) của \"{article.Title}\"" + (changes.Length == 0 ? "" : $" ({changes})"))
        {
            RevisionOf = correction,
            Pending = PendingCorrection.Mark,
        }, cancellationToken);
    }

    /// <summary>How the summary of a pending correction's revision begins ("Bản sửa chờ duyệt: sapo").</summary>
    public const string PendingSummaryPrefix = "Bản sửa chờ duyệt";

    /// <summary>
    /// Approves the pending correction (issue 11): its fields are copied into the article as <see cref="RestoreRevisionAsync"/>
    /// does and saved as one new revision ("Duyệt bản sửa (phiên bản N) của …"), which readers see at once; the article no
    /// longer has a pending correction. The caller checks that the user may publish and did not write the correction.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="pending">The revision numbered <see cref="Article.PendingRevisionNumber"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved with the new revision's number, or a conflict.</returns>
    public async Task<ArticleSaveResult> ApproveCorrectionAsync(Article article, ArticleRevision pending, CancellationToken cancellationToken = default)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var notes = await CopyRevisionAsync(article, pending, cancellationToken);
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: $"Duyệt bản sửa (phiên bản {pending.Number}) của {pending.UserName}" + (notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")"),
            AuditActions.ArticleSaved,
            number => $"Duyệt bản sửa phiên bản {pending.Number} của {pending.UserName} cho \"{article.Title}\", thành phiên bản {number}")
        {
            Pending = PendingCorrection.Clear,
        }, cancellationToken);
    }

    /// <summary>Drops the pending correction (it stays in the revision list); the live text is unchanged. One revision records it.</summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved, or a conflict.</returns>
    public async Task<ArticleSaveResult> DiscardCorrectionAsync(Article article, CancellationToken cancellationToken = default)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var number = article.PendingRevisionNumber;
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: $"Bỏ bản sửa chờ duyệt (phiên bản {number})",
            AuditActions.ArticleSaved,
            _ => $"Bỏ bản sửa chờ duyệt phiên bản {number} của \"{article.Title}\"")
        {
            Pending = PendingCorrection.Clear,
            CallerEvicts = true,
        }, cancellationToken);
    }

    // " (gộp với phiên bản 3 của Lan)" for the revision summary and the audit entry of a merged save.
    private static string MergeNote(ArticleMergeReport? merge) =>
        merge is null ? "" : $" (gộp với phiên bản {merge.StoredRevision} của {merge.StoredBy})";

    // A merge with conflicts saves nothing: the stored state comes back, as with a plain conflict, with the merge.
    private static ArticleSaveResult MergeConflict(Article stored, ArticleMergeReport merge) =>
        ArticleSaveResult.Conflicted(stored.Id, ArticleRevision.Of(stored, merge.StoredRevision, null, merge.StoredBy, "", merge.StoredAt), stored.Version)
            with { Merge = merge };

    // A stale form with a base is merged first (a conflicting merge changes nothing); then the save's checks, then the
    // form copied into the tracked article: errors (nothing changed) or the changed fields' names.
    private async Task<(Dictionary<string, string>? Errors, string Changes, ArticleMergeReport? Merge)> ApplySaveAsync(
        Article article, ArticleContent content, Guid version, ArticleEditBase? from, CancellationToken cancellationToken)
    {
        ArticleMergeReport? merge = null;
        if (version != article.Version && from is not null
            && await _merger.MergeAsync(article, content, from, cancellationToken) is { } report)
        {
            if (report.HasConflicts)
            {
                return (null, "", report);
            }

            merge = report;
            content = _merger.Content(report.Fields.Merged!, report.PublishAt.PreferMine, report.ExpiresAt.PreferMine);
            // Merged onto the state just read: a save landing meanwhile still makes the UPDATE match no row.
            version = article.Version;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        await CheckCategoryAsync(content, article, errors, cancellationToken);
        var slug = await ChooseSlugAsync(content, article.Id, article.Slug, errors, cancellationToken);
        if (content.PublishAt is null && article.Status.IsPublic())
        {
            errors[nameof(ArticleContent.PublishAt)] = "Bài đã xuất bản hoặc đang hẹn giờ phải có thời gian xuất bản.";
        }

        if (errors.Count > 0)
        {
            return (errors, "", null);
        }

        var now = _clock.GetUtcNow();
        var before = ArticleRevision.Of(article, 0, null, "", "", now);
        var times = (article.PublishedAt, article.ExpiresAt);

        article.ChangeSlug(slug);
        await ApplyContentAsync(article, content, now, cancellationToken);

        // The token the form was loaded with, not the one just read: a save from a stale form matches no row.
        _db.Entry(article).Property(a => a.Version).OriginalValue = version;
        return (null, Changes(before, article, times), merge);
    }

    /// <summary>Why a send-back cannot go ahead (nothing is changed then), checked before <see cref="TransitionAsync"/>.</summary>
    /// <param name="reason">The reason typed for the author.</param>
    /// <returns>The Vietnamese message, or null when the reason is present and at most <see cref="ArticleWorkflow.ReasonMaxLength"/> characters.</returns>
    public static string? SendBackRefusal(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? "Chưa trả lại bài: hãy ghi lý do trả lại để tác giả biết cần sửa gì."
            : reason.Trim().Length > ArticleWorkflow.ReasonMaxLength
                ? $"Chưa trả lại bài: lý do dài tối đa {ArticleWorkflow.ReasonMaxLength} ký tự."
                : null;

    /// <summary>
    /// Reads the publish form's time and checks it against the article's expiry, before <see cref="TransitionAsync"/>.
    /// Blank means now, as the form says, also for a scheduled article (<see cref="ArticleWorkflow.Apply"/> would keep
    /// its time).
    /// </summary>
    /// <param name="article">The article to publish.</param>
    /// <param name="publishAtText"><c>yyyy-MM-ddTHH:mm</c> in the site's time zone, or blank.</param>
    /// <param name="publishAt">The UTC instant to publish at (now for blank); null when refused.</param>
    /// <returns>The Vietnamese message when the time is unreadable or not before the expiry, else null.</returns>
    public string? PublishRefusal(Article article, string? publishAtText, out DateTimeOffset? publishAt) =>
        PublishRefusal(article.ExpiresAt, publishAtText, out publishAt);

    /// <summary>
    /// <see cref="PublishRefusal(Article, string?, out DateTimeOffset?)"/> against an expiry given apart, the one typed in
    /// the form that is saved with the transition (<see cref="SaveAndTransitionAsync"/>).
    /// </summary>
    /// <param name="expiresAt">UTC expiry the article will have, or null for none.</param>
    /// <param name="publishAtText"><c>yyyy-MM-ddTHH:mm</c> in the site's time zone, or blank.</param>
    /// <param name="publishAt">The UTC instant to publish at (now for blank); null when refused.</param>
    /// <returns>The Vietnamese message when the time is unreadable or not before the expiry, else null.</returns>
    public string? PublishRefusal(DateTimeOffset? expiresAt, string? publishAtText, out DateTimeOffset? publishAt)
    {
        if (!SiteTimeInput.TryParse(_timeZone, publishAtText, out publishAt))
        {
            return "Chưa xuất bản: thời gian xuất bản không hợp lệ; hãy chọn ngày và giờ.";
        }

        publishAt ??= _clock.GetUtcNow();
        if (expiresAt is { } expires && expires <= publishAt)
        {
            publishAt = null;
            return $"Chưa xuất bản: bài hết hạn lúc {_timeZone.FormatDateTime(expires)}, trước thời gian xuất bản. Hãy sửa thời gian hết hạn trước.";
        }

        return null;
    }

    /// <summary>
    /// Carries out a workflow transition already allowed by <see cref="ArticleWorkflow.Decide"/>:
    /// <see cref="ArticleWorkflow.Apply"/>, a revision whose summary names it ("Gửi duyệt",
    /// "Trả lại: …") and an <see cref="AuditActions.ArticleTransition"/> entry.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="action">Submit, SendBack, Publish, Unpublish, Trash or Restore.</param>
    /// <param name="reason">For SendBack: 1–<see cref="ArticleWorkflow.ReasonMaxLength"/> characters (checked by the caller).</param>
    /// <param name="publishAt">For Publish: UTC instant, null for now (or the time already scheduled).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved, or a conflict when the article changed meanwhile (nothing changed).</returns>
    public async Task<ArticleSaveResult> TransitionAsync(
        Article article, WorkflowAction action, string? reason, DateTimeOffset? publishAt, CancellationToken cancellationToken = default)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var (summary, details) = ApplyTransition(article, action, reason, publishAt);
        return await _commit.CommitAsync(article, new ArticleChange(by, Revision: summary, AuditActions.ArticleTransition, _ => details), cancellationToken);
    }

    /// <summary>
    /// Copies a revision's fields back into the article and saves that as a new revision
    /// ("Khôi phục phiên bản N"); earlier revisions stay as they were. A slug that another article has
    /// taken since, or a section deleted since, is left as it is now.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="revision">One of its revisions.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved with the new revision's number, or a conflict.</returns>
    public async Task<ArticleSaveResult> RestoreRevisionAsync(Article article, ArticleRevision revision, CancellationToken cancellationToken = default)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var notes = await CopyRevisionAsync(article, revision, cancellationToken);
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: $"Khôi phục phiên bản {revision.Number}" + (notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")"),
            AuditActions.RevisionRestored,
            number => $"Khôi phục phiên bản {revision.Number} của \"{article.Title}\" thành phiên bản {number}"), cancellationToken);
    }

    // A revision's fields copied back into the tracked article, body re-rendered; notes on what could not be taken.
    private async Task<List<string>> CopyRevisionAsync(Article article, ArticleRevision revision, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        article.Title = revision.Title;
        article.Lead = revision.Lead;
        article.BodyMarkdown = revision.BodyMarkdown;
        article.Byline = revision.Byline;
        article.Source = revision.Source;
        if (revision.CategoryId != article.CategoryId && !await _sections.MayPlaceInAsync(article, revision.CategoryId))
        {
            // Restoring must not move the article out of the restorer's sections (issue 11).
            notes.Add("chuyên mục cũ nằm ngoài quyền của bạn, giữ chuyên mục hiện tại");
        }
        else if (revision.CategoryId is null || await _db.Categories.AnyAsync(c => c.Id == revision.CategoryId, cancellationToken))
        {
            article.CategoryId = revision.CategoryId;
        }
        else
        {
            notes.Add("chuyên mục cũ không còn, giữ chuyên mục hiện tại");
        }

        if (revision.Slug != article.Slug)
        {
            if (await IsSlugTakenAsync(revision.Slug, article.Id, cancellationToken))
            {
                notes.Add("đường dẫn cũ đã thuộc bài khác, giữ đường dẫn hiện tại");
            }
            else
            {
                article.ChangeSlug(revision.Slug);
            }
        }

        await SetTagsAsync(article, Tag.ParseNames(revision.Tags), cancellationToken);
        article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures.OrderBy(f => f.Order).ToList());
        article.UpdatedAt = _clock.GetUtcNow();
        return notes;
    }

    /// <summary>
    /// Deletes a trashed article for ever, with its revisions, figures, former slugs and tag links; the
    /// <see cref="AuditActions.ArticlePurged"/> entry (which names the title) is what remains.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Saved (revision number 0), or a conflict when the article changed meanwhile (nothing deleted).</returns>
    public async Task<ArticleSaveResult> PurgeAsync(Article article, CancellationToken cancellationToken = default)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var revisions = await _db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id, cancellationToken);
        _db.Articles.Remove(article);
        return await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: ArticleChange.NoRevision,
            AuditActions.ArticlePurged,
            _ => $"Xoá vĩnh viễn \"{article.Title}\" ({ReaderUrls.Article(article.Slug)}) cùng {revisions} phiên bản"), cancellationToken);
    }

    // Applies the transition; the revision summary ("Gửi duyệt", "Trả lại: …") and the audit text ("… Nháp → Chờ duyệt").
    private (string Summary, string Details) ApplyTransition(Article article, WorkflowAction action, string? reason, DateTimeOffset? publishAt)
    {
        var now = _clock.GetUtcNow();
        var from = article.Status;
        var to = ArticleWorkflow.Apply(article, action, now, reason?.Trim(), publishAt, _editor.Actor());
        var summary = action switch
        {
            WorkflowAction.SendBack => "Trả lại: " + article.ReturnReason,
            WorkflowAction.Publish when to == ArticleStatus.Scheduled => $"Hẹn giờ xuất bản lúc {_timeZone.FormatDateTime(article.PublishedAt)}",
            WorkflowAction.Restore => $"Khôi phục từ thùng rác ({WorkflowLabels.Status(to)})",
            _ => WorkflowLabels.Action(action),
        };
        var details = $"{WorkflowLabels.Action(action)} \"{article.Title}\": {WorkflowLabels.Status(from)} → {WorkflowLabels.Status(to)}";
        if (action == WorkflowAction.SendBack)
        {
            details += ". Lý do: " + article.ReturnReason;
        }
        else if (action == WorkflowAction.Publish)
        {
            details += $", thời gian xuất bản {_timeZone.FormatDateTime(article.PublishedAt)} ({_timeZone.Zone.Id})";
        }

        return (summary, details);
    }

    private static bool SameMinute(DateTimeOffset? typed, DateTimeOffset? stored) =>
        typed is { } a && stored is { } b && a.UtcTicks / TimeSpan.TicksPerMinute == b.UtcTicks / TimeSpan.TicksPerMinute;

    // Vietnamese names of the fields that differ, for the revision summary and the audit entry.
    private static string Changes(ArticleRevision before, Article after, (DateTimeOffset? PublishedAt, DateTimeOffset? ExpiresAt) times)
    {
        var tags = string.Join(", ", after.Tags.Select(t => t.Name));
        var changed = new List<string>();
        void Check(bool differs, string name)
        {
            if (differs)
            {
                changed.Add(name);
            }
        }

        Check(before.Title != after.Title, "tiêu đề");
        Check(before.Slug != after.Slug, "đường dẫn");
        Check(before.Lead != after.Lead, "sapo");
        Check(before.BodyMarkdown != after.BodyMarkdown, "nội dung");
        Check(before.CategoryId != after.CategoryId, "chuyên mục");
        Check(before.Tags != tags, "từ khóa");
        Check(before.Byline != after.Byline, "tác giả");
        Check(before.Source != after.Source, "nguồn");
        Check(times.PublishedAt != after.PublishedAt, "thời gian xuất bản");
        Check(times.ExpiresAt != after.ExpiresAt, "hết hạn");
        return string.Join(", ", changed);
    }

    private async Task ApplyContentAsync(Article article, ArticleContent content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        article.Title = content.Title;
        article.Lead = content.Lead;
        article.BodyMarkdown = content.BodyMarkdown;
        article.Byline = content.Byline;
        article.Source = content.Source;
        article.CategoryId = content.CategoryId;
        // The form shows minutes only: an unchanged minute keeps the stored instant's seconds.
        article.PublishedAt = SameMinute(content.PublishAt, article.PublishedAt) ? article.PublishedAt : content.PublishAt;
        article.ExpiresAt = SameMinute(content.ExpiresAt, article.ExpiresAt) ? article.ExpiresAt : content.ExpiresAt;
        await SetTagsAsync(article, content.Tags, cancellationToken);
        article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures.OrderBy(f => f.Order).ToList());
        article.UpdatedAt = now;
    }

    // Existing tags are reused by slug (so "Nông nghiệp" and "nong nghiep" are one tag); new ones are created.
    private async Task SetTagsAsync(Article article, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => (Name: n, Slug: Slugs.FromTitle(n))).ToList();
        var slugs = wanted.Select(w => w.Slug).Distinct(StringComparer.Ordinal).ToList();
        var known = slugs.Count == 0
            ? []
            : await _db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        article.Tags.Clear();
        foreach (var (name, slug) in wanted)
        {
            var tag = known.Find(t => t.Slug == slug);
            if (tag is null)
            {
                tag = new Tag { Name = name, Slug = slug };
                known.Add(tag);
            }

            if (!article.Tags.Contains(tag))
            {
                article.Tags.Add(tag);
            }
        }
    }

    // The section must exist, and a new article or a move must stay inside the user's sections (issue 11); an article
    // already outside them (saved by someone unlimited) keeps its section without an error.
    private async Task CheckCategoryAsync(ArticleContent content, Article? article, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (content.CategoryId is { } id && !await _db.Categories.AnyAsync(c => c.Id == id, cancellationToken))
        {
            errors[nameof(ArticleContent.CategoryId)] = "Chuyên mục đã chọn không tồn tại.";
        }
        else if ((article is null || article.CategoryId != content.CategoryId) && !await _sections.MayPlaceInAsync(article, content.CategoryId))
        {
            errors[nameof(ArticleContent.CategoryId)] = content.CategoryId is null
                ? "Hãy chọn chuyên mục: tài khoản của bạn chỉ được làm việc trong một số chuyên mục."
                : article is null
                    ? "Bạn không được viết bài trong chuyên mục này. Hãy chọn một chuyên mục trong danh sách."
                    : "Bạn không được chuyển bài sang chuyên mục này. Hãy chọn một chuyên mục trong danh sách.";
        }
    }

    // The slug to store: the typed one if free, else an error; blank means "from the title", made unique.
    private async Task<string> ChooseSlugAsync(ArticleContent content, int articleId, string? current, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (content.Slug is { } typed)
        {
            if (typed != current && await IsSlugTakenAsync(typed, articleId, cancellationToken))
            {
                errors[nameof(ArticleContent.Slug)] = $"Đường dẫn \"{typed}\" đã được một bài khác dùng (hoặc từng dùng). Hãy chọn đường dẫn khác, hoặc để trống để tạo tự động.";
            }

            return typed;
        }

        return await Slugs.MakeUniqueAsync(
            Slugs.FromTitle(content.Title),
            (candidate, token) => IsSlugTakenAsync(candidate, articleId, token),
            cancellationToken);
    }

    private async Task<bool> IsSlugTakenAsync(string slug, int articleId, CancellationToken cancellationToken) =>
        await _db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
        || await _db.ArticleSlugRedirects.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId, cancellationToken);
}
