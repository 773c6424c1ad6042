using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Core.Search;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Articles;
using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Reads for the admin article pages: articles in every state, read without tracking. Unlike
/// <see cref="ArticleQueries"/> nothing here filters by what readers may see.
/// </summary>
public sealed class ArticleAdminQueries
{
    // Order of the workflow buttons on the edit page.
    private static readonly WorkflowAction[] ButtonOrder =
    [
        WorkflowAction.Submit, WorkflowAction.PassOn, WorkflowAction.SendBack, WorkflowAction.Publish, WorkflowAction.Unpublish,
        WorkflowAction.Trash, WorkflowAction.Restore, WorkflowAction.Purge,
    ];

    private readonly PortalDbContext _db;
    private readonly IAuthorizationService _authorization;
    private readonly SiteTimeZone _timeZone;
    private readonly TimeProvider _clock;
    private readonly AccountSections _sections;

    /// <summary>Creates the queries.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="authorization">Resource-based authorization, for the workflow buttons a user may use.</param>
    /// <param name="timeZone">Site time zone for the publish time input.</param>
    /// <param name="clock">Clock deciding whether a stored publication time lies ahead and whether readers see an article now.</param>
    /// <param name="sections">The request's section lookup (issue 11: lists and the section dropdown show a limited account its sections).</param>
    public ArticleAdminQueries(PortalDbContext db, IAuthorizationService authorization, SiteTimeZone timeZone, TimeProvider clock, AccountSections sections)
    {
        _sections = sections;
        _db = db;
        _authorization = authorization;
        _timeZone = timeZone;
        _clock = clock;
    }

    /// <summary>
    /// What the edit page shows around the form: state, author, return reason, revision count, sections, the stored
    /// body's preview, whether readers see the article now (<see cref="ReaderVisibility"/>), and the workflow buttons <paramref name="user"/> may use now (asked of the authorization
    /// policy, in button order). A publication time still ahead, or the original time of an article taken down, is
    /// offered again in the publish form.
    /// </summary>
    /// <param name="article">The article as stored (tags and figures not needed).</param>
    /// <param name="user">The signed-in user.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>A new info object; the caller adds a conflict, a preview of unsaved text or an action error.</returns>
    public async Task<ArticleEditInfo> EditInfoAsync(Article article, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var actions = new List<WorkflowAction>();
        foreach (var action in ButtonOrder)
        {
            if (await _authorization.MayAsync(user, article, action))
            {
                actions.Add(action);
            }
        }

        var info = new ArticleEditInfo
        {
            Id = article.Id,
            Status = article.Status,
            AuthorName = await UserNameAsync(article.AuthorId, cancellationToken),
            ReturnReason = article.Status == ArticleStatus.Returned ? article.ReturnReason : null,
            StatusBeforeTrash = article.StatusBeforeTrash,
            RestoreTarget = article.Status == ArticleStatus.Trashed
                ? ArticleWorkflow.RestoreTarget(article, Accounts.ArticleAuthorizationHandler.ActorOf(user), _clock.GetUtcNow())
                : null,
            PendingRevisionNumber = article.PendingRevisionNumber,
            Slug = article.Slug,
            PublishedAt = article.PublishedAt,
            UpdatedAt = article.UpdatedAt,
            RevisionCount = await RevisionCountAsync(article.Id, cancellationToken),
            Actions = actions,
            Categories = await CategoriesForAsync(user, article, cancellationToken),
            PreviewHtml = article.BodyHtml,
            Figures = article.Figures.OrderBy(f => f.Order).ToList(),
            VisibleToReaders = ReaderVisibility.IsVisible(article, _clock.GetUtcNow()),
            PublishAtInput = article.PublishedAt is { } at && (at > _clock.GetUtcNow() || article.Status == ArticleStatus.Unpublished)
                ? _timeZone.FormatInput(at)
                : "",
        };
        if (article.PendingRevisionNumber is { } pending && await RevisionAsync(article.Id, pending, cancellationToken) is { } correction)
        {
            var actor = Accounts.ArticleAuthorizationHandler.ActorOf(user);
            var publisher = await _authorization.MayPublishLiveAsync(user, article) && await _authorization.MayAsync(user, article, WorkflowAction.Edit);
            info.PendingBy = $"{correction.UserName}, lúc {_timeZone.FormatDateTime(correction.CreatedAt)}";
            // Nobody approves their own piece (issue 11): nor their own correction.
            info.MayApproveCorrection = publisher && correction.UserId != actor.UserId;
            info.MayDiscardCorrection = publisher || (correction.UserId is not null && correction.UserId == actor.UserId);
            info.LiveRevisionNumber = await LiveRevisionNumberAsync(article.Id, pending, cancellationToken);
        }

        return info;
    }

    /// <summary>
    /// The revision holding what readers see while a correction waits: the newest one that is neither the pending
    /// correction nor an earlier one (their summaries begin with <see cref="ArticleEditor.PendingSummaryPrefix"/>).
    /// </summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="pending">The pending revision's number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Its number, or null when there is none.</returns>
    public Task<int?> LiveRevisionNumberAsync(int articleId, int pending, CancellationToken cancellationToken = default) =>
        _db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.Number != pending && !r.Summary.StartsWith(ArticleEditor.PendingSummaryPrefix))
            .MaxAsync(r => (int?)r.Number, cancellationToken);

    /// <summary>
    /// One page of the article list. Trashed articles appear only when the status filter asks for them. An account
    /// limited to some sections in every right its roles hold sees only articles in those sections plus its own
    /// (issue 11); Administrators and accounts unlimited in some right they hold see all.
    /// The text matches the title (as stored; on SQLite case-insensitive for ASCII letters only) or,
    /// folded like a slug, the slug, so "dong dien" also finds "Đông Điền" when the slug came from the title.
    /// </summary>
    /// <param name="query">Filters, order and page; a page past the end shows the last page.</param>
    /// <param name="user">The signed-in user, whose sections limit the list.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page with its filter options.</returns>
    public async Task<ArticleListPage> ListAsync(ArticleListQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var articles = _db.Articles.AsNoTracking();
        if (await VisibleSectionsAsync(user, cancellationToken) is { } visible)
        {
            var me = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            var ids = visible.ToList();
            articles = articles.Where(a => a.AuthorId == me || (a.CategoryId != null && ids.Contains(a.CategoryId.Value)));
        }

        articles = query.Status is { } status
            ? articles.Where(a => a.Status == status)
            : articles.Where(a => a.Status != ArticleStatus.Trashed);
        if (query.CategoryId is { } categoryId)
        {
            articles = articles.Where(a => a.CategoryId == categoryId);
        }

        if (query.AuthorId is { } authorId)
        {
            articles = articles.Where(a => a.AuthorId == authorId);
        }

        if (query.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            var folded = VietnameseFolding.Fold(text).Any(char.IsAsciiLetterOrDigit) ? Slugs.FromTitle(text) : null;
            articles = folded is null
                ? articles.Where(a => EF.Functions.Like(a.Title, pattern, "\\"))
                : articles.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || a.Slug.Contains(folded));
        }

        var paging = Paging.Clamped(query.Page, ArticleListQuery.PageSize, await articles.CountAsync(cancellationToken));
        var effective = query with { Page = paging.Page };
        var ordered = effective.Sort switch
        {
            ArticleListSort.Oldest => articles.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id),
            ArticleListSort.Title => articles.OrderBy(a => a.Title).ThenBy(a => a.Id),
            ArticleListSort.Published => articles.OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
            _ => articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
        };
        var items = await ordered
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(a => new ArticleListRow(
                a.Id,
                a.Title,
                a.Slug,
                a.Status,
                a.Category != null ? a.Category.Name : null,
                a.AuthorId,
                _db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                a.UpdatedAt,
                a.PublishedAt,
                a.Status == ArticleStatus.Returned ? a.ReturnReason : null,
                a.PendingRevisionNumber != null))
            .ToListAsync(cancellationToken);

        var authors = await _db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.DisplayName, u.UserName })
            .ToListAsync(cancellationToken);
        return new ArticleListPage(
            effective,
            items,
            paging,
            await CategoriesAsync(effective.CategoryId, cancellationToken),
            authors.Select(u => new SelectListItem(u.DisplayName.Length > 0 ? u.DisplayName : u.UserName, u.Id, u.Id == effective.AuthorId)).ToList());
    }

    /// <summary>
    /// The section dropdown of the article form for <paramref name="user"/>: the sections they may put the article in
    /// (issue 11; for a new article those they may write in, for a stored one the right an edit uses,
    /// <see cref="SectionRightMap"/>), plus the article's current section, in menu order.
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="article">The stored article, or null for a new one.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Options whose value is the id, the current section selected.</returns>
    public async Task<IReadOnlyList<SelectListItem>> CategoriesForAsync(ClaimsPrincipal user, Article? article, CancellationToken cancellationToken = default)
    {
        var all = await CategoriesAsync(article?.CategoryId, cancellationToken);
        var actor = ArticleAuthorizationHandler.ActorOf(user);
        if (actor.Is(NewsroomRoles.Administrator))
        {
            return all;
        }

        var right = article is null
            ? SectionRight.Write
            : SectionRightMap.For(WorkflowAction.Edit, article.Status, article.StatusBeforeTrash, article.AuthorId == actor.UserId);
        if ((await _sections.ForAsync(actor.UserId, cancellationToken)).Allowed(right) is not { } allowed)
        {
            return all;
        }

        return all.Where(o => o.Selected || allowed.Contains(int.Parse(o.Value, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Sections as select options, in menu order.</summary>
    /// <param name="selected">Id to mark selected, if any.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Options whose value is the id.</returns>
    public async Task<IReadOnlyList<SelectListItem>> CategoriesAsync(int? selected, CancellationToken cancellationToken = default)
    {
        var categories = await _db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken);
        return categories
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture), c.Id == selected))
            .ToList();
    }

    // The sections whose articles a limited account sees in the list: the union over the rights its roles hold; null
    // (no filter) for Administrators and when any right it holds is unlimited.
    private async Task<IReadOnlySet<int>?> VisibleSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = ArticleAuthorizationHandler.ActorOf(user);
        if (actor.Is(NewsroomRoles.Administrator))
        {
            return null;
        }

        var scope = await _sections.ForAsync(actor.UserId, cancellationToken);
        if (!scope.IsLimited)
        {
            return null;
        }

        var held = new List<SectionRight> { SectionRight.Write };
        if (actor.Is(NewsroomRoles.Editor) || actor.Is(NewsroomRoles.Publisher))
        {
            held.Add(SectionRight.Edit);
        }

        if (actor.Is(NewsroomRoles.Publisher))
        {
            held.Add(SectionRight.Publish);
        }

        var union = new HashSet<int>();
        foreach (var right in held)
        {
            if (scope.Allowed(right) is not { } set)
            {
                return null;
            }

            union.UnionWith(set);
        }

        return union;
    }

    /// <summary>Loads an article in any state with its tags and figures, untracked.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The article, or null when there is none.</returns>
    public Task<Article?> LoadAsync(int id, CancellationToken cancellationToken = default) =>
        _db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Tags)
            .Include(a => a.Figures)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The display name of an account.</summary>
    /// <param name="userId">Account id, or null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The name (the user name when no display name is set), or null for no such account.</returns>
    public async Task<string?> UserNameAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return null;
        }

        var user = await _db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.UserName })
            .FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : user.DisplayName.Length > 0 ? user.DisplayName : user.UserName;
    }

    /// <summary>An article's revisions, newest first.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The list (empty for an unknown article).</returns>
    public async Task<IReadOnlyList<RevisionListItem>> RevisionsAsync(int articleId, CancellationToken cancellationToken = default) =>
        await _db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionListItem(r.Number, r.CreatedAt, r.UserName, r.Summary))
            .ToListAsync(cancellationToken);

    /// <summary>The number of an article's latest revision: the base of an edit form (issue 10, merging a stale save).</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The number, 0 when the article has none.</returns>
    public async Task<int> LatestRevisionNumberAsync(int articleId, CancellationToken cancellationToken = default) =>
        await _db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;

    /// <summary>How many revisions an article has.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count.</returns>
    public Task<int> RevisionCountAsync(int articleId, CancellationToken cancellationToken = default) =>
        _db.ArticleRevisions.CountAsync(r => r.ArticleId == articleId, cancellationToken);

    /// <summary>One revision.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="number">Revision number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The revision, or null.</returns>
    public Task<ArticleRevision?> RevisionAsync(int articleId, int number, CancellationToken cancellationToken = default) =>
        _db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, cancellationToken);

    /// <summary>The newest revision of an article.</summary>
    /// <param name="articleId">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The revision, or null when it has none.</returns>
    public Task<ArticleRevision?> LatestRevisionAsync(int articleId, CancellationToken cancellationToken = default) =>
        _db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The preview of an article in any state: the public page's projection (<see cref="PreviewPageAsync"/>), its
    /// state, and whether readers see it now by the public page's own rule (<see cref="ReaderVisibility"/> at the
    /// clock's time), for the banner.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The preview, or null when there is no such article.</returns>
    public async Task<ArticlePreviewPage?> PreviewAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await LoadAsync(id, cancellationToken);
        var page = await PreviewPageAsync(id, cancellationToken);
        return article is null || page is null
            ? null
            : new ArticlePreviewPage(page, article.Status, ReaderVisibility.IsVisible(article, _clock.GetUtcNow()));
    }

    /// <summary>
    /// The public page's projection (<see cref="ArticlePage.Projection"/>) of an article in any state, for the
    /// preview. An article never published shows its last save time as its date.
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The projection, or null when there is no such article.</returns>
    public async Task<ArticlePage?> PreviewPageAsync(int id, CancellationToken cancellationToken = default) =>
        await _db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(ArticlePage.Projection(_db))
            .FirstOrDefaultAsync(cancellationToken);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
