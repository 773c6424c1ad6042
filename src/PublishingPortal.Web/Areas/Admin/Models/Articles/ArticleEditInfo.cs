using Microsoft.AspNetCore.Mvc.Rendering;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>What the editor page shows around the form: state, the author's return reason, the actions the user may take, the preview, a save conflict.</summary>
public sealed class ArticleEditInfo
{
    /// <summary>Article id; 0 on the create page.</summary>
    public int Id { get; set; }

    /// <summary>True on the create page.</summary>
    public bool IsNew => Id == 0;

    /// <summary>Current workflow state as stored.</summary>
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>Display name of the article's author (the account that created it), if any.</summary>
    public string? AuthorName { get; set; }

    /// <summary>Why the article was sent back, shown prominently to its author; null when not sent back.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The slug as stored (the form may hold an unsaved one).</summary>
    public string Slug { get; set; } = "";

    /// <summary>UTC publication instant as stored.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>UTC instant of the last save.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>How many revisions the article has.</summary>
    public int RevisionCount { get; set; }

    /// <summary>Workflow actions (other than Edit) the signed-in user may take now, in button order.</summary>
    public IReadOnlyList<WorkflowAction> Actions { get; set; } = [];

    /// <summary>Sections for the select.</summary>
    public IReadOnlyList<SelectListItem> Categories { get; set; } = [];

    /// <summary>Sanitised HTML of the body as the public page would show it.</summary>
    public string PreviewHtml { get; set; } = "";

    /// <summary>Set when a save was refused because someone else saved first.</summary>
    public ArticleConflict? Conflict { get; set; }

    /// <summary>Value for the publish form's time input (site time), e.g. a time chosen while drafting.</summary>
    public string PublishAtInput { get; set; } = "";

    /// <summary>A notice above the form, e.g. that it holds text kept while the writer signed in again; null for none.</summary>
    public string? Notice { get; set; }

    /// <summary>
    /// When the user's autosave of the article is newer than its last save: the autosave's UTC instant, for the offer
    /// "Khôi phục / Bỏ qua" (issue 10); null otherwise, and null once it has been restored into the form.
    /// </summary>
    public DateTimeOffset? AutosaveOffer { get; set; }

    /// <summary>
    /// When the form was filled from the user's autosave (newer than the last save), the autosave's time (UTC); the page
    /// then offers to discard it and open the saved version. Null otherwise.
    /// </summary>
    public DateTimeOffset? AutosaveLoaded { get; set; }

    /// <summary>The send-back reason typed before a refused "Lưu và trả lại", shown again so it is not lost.</summary>
    public string ReasonInput { get; set; } = "";

    /// <summary>A message about a refused workflow action (e.g. sending back without a reason).</summary>
    public string? ActionError { get; set; }

    /// <summary>
    /// Whether readers see the article now, by the public page's own rule (<see cref="ReaderVisibility"/> at the
    /// request's time): only then does the page offer a link to it, so an expired or future-dated article, or one
    /// not published, never links to a 404.
    /// </summary>
    public bool VisibleToReaders { get; set; }

    /// <summary>The article's figures as stored (the lead photo has <see cref="Core.Media.LeadPhoto.FigureOrder"/>); empty for a new article.</summary>
    public IReadOnlyList<Figure> Figures { get; set; } = [];

    /// <summary>The state the article had before the trash, or null (shown on the trashed page).</summary>
    public ArticleStatus? StatusBeforeTrash { get; set; }

    /// <summary>The state a restore by this user would give the trashed article (<see cref="ArticleWorkflow.RestoreTarget"/>), or null when not trashed.</summary>
    public ArticleStatus? RestoreTarget { get; set; }

    /// <summary>Number of the revision holding a correction that waits for a publisher, or null (issue 11).</summary>
    public int? PendingRevisionNumber { get; set; }

    /// <summary>Who saved the pending correction and when (site time), for the notice; empty without one.</summary>
    public string PendingBy { get; set; } = "";

    /// <summary>True when the form holds the pending correction instead of the live text (its editor reopened it).</summary>
    public bool ShowsPendingCorrection { get; set; }

    /// <summary>True when this user may approve or drop the pending correction (a publisher who did not write it).</summary>
    public bool MayApproveCorrection { get; set; }

    /// <summary>True when this user may drop the pending correction (a publisher, or the correction's own editor).</summary>
    public bool MayDiscardCorrection { get; set; }

    /// <summary>The revision the pending correction is compared with: the newest one that is not a pending correction.</summary>
    public int? LiveRevisionNumber { get; set; }
}
