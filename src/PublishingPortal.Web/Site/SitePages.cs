using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Site;
using PublishingPortal.Data;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Site;

/// <summary>
/// Creates, saves and deletes site pages: checks the form (Vietnamese messages, nothing stored on refusal),
/// renders the body with <see cref="ArticleBodyRenderer"/> as an article's, writes the audit entry in the same save,
/// then drops the site view and the cached reader pages (<see cref="SiteSettingsStore.EvictAsync"/>), since the
/// footer and menu of every page may list the page.
/// </summary>
public sealed partial class SitePages
{
    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly AuditLog _audit;
    private readonly SiteSettingsStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="renderer">Markdown renderer shared with articles.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="store">Cache eviction.</param>
    /// <param name="clock">Clock.</param>
    public SitePages(PortalDbContext db, ArticleBodyRenderer renderer, AuditLog audit, SiteSettingsStore store, TimeProvider clock)
    {
        _db = db;
        _renderer = renderer;
        _audit = audit;
        _store = store;
        _clock = clock;
    }

    /// <summary>Every page, Vietnamese pages in order, each followed by its English version.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The pages.</returns>
    public async Task<IReadOnlyList<SitePage>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await _db.SitePages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var english = all.Where(p => p.VietnamesePageId is not null).ToDictionary(p => p.VietnamesePageId!.Value);
        var result = new List<SitePage>();
        foreach (var page in all.Where(p => p.VietnamesePageId is null))
        {
            result.Add(page);
            if (english.TryGetValue(page.Id, out var en))
            {
                result.Add(en);
            }
        }

        return result;
    }

    /// <summary>A page by id, tracked.</summary>
    /// <param name="id">Page id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page or null.</returns>
    public Task<SitePage?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        _db.SitePages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The English version of a Vietnamese page, or null.</summary>
    /// <param name="vietnameseId">The Vietnamese page's id.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The English page or null.</returns>
    public Task<SitePage?> EnglishOfAsync(int vietnameseId, CancellationToken cancellationToken = default) =>
        _db.SitePages.AsNoTracking().FirstOrDefaultAsync(p => p.VietnamesePageId == vietnameseId, cancellationToken);

    /// <summary>A published page for readers by language and slug, with its other-language counterpart's slug.</summary>
    /// <param name="language">"vi" or "en".</param>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The page and the counterpart (null when there is none), or null when no such page.</returns>
    public async Task<(SitePage Page, SitePage? Other)?> ReaderPageAsync(string language, string slug, CancellationToken cancellationToken = default)
    {
        var page = await _db.SitePages.AsNoTracking().FirstOrDefaultAsync(p => p.Language == language && p.Slug == slug, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var other = page.VietnamesePageId is { } vid
            ? await _db.SitePages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == vid, cancellationToken)
            : await _db.SitePages.AsNoTracking().FirstOrDefaultAsync(p => p.VietnamesePageId == page.Id, cancellationToken);
        return (page, other);
    }

    /// <summary>
    /// Creates a page: Vietnamese when <paramref name="vietnamese"/> is null, else its English version (one per
    /// Vietnamese page).
    /// </summary>
    /// <param name="form">The form.</param>
    /// <param name="vietnamese">The page being translated, or null.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The new page, or the errors (field → Vietnamese message) and nothing stored.</returns>
    public async Task<(SitePage? Page, Dictionary<string, string> Errors)> CreateAsync(SitePageForm form, SitePage? vietnamese, CancellationToken cancellationToken = default)
    {
        var page = new SitePage
        {
            Language = vietnamese is null ? SitePage.Vietnamese : SitePage.English,
            VietnamesePageId = vietnamese?.Id,
        };
        if (vietnamese is not null && await _db.SitePages.AnyAsync(p => p.VietnamesePageId == vietnamese.Id, cancellationToken))
        {
            return (null, new Dictionary<string, string> { [""] = "Trang này đã có bản tiếng Anh; hãy sửa bản đó." });
        }

        var errors = await ApplyAsync(page, form, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        _db.SitePages.Add(page);
        await _db.SaveChangesAsync(cancellationToken);
        await _audit.WriteAsync(SiteAuditActions.PageCreated, Target(page.Id), $"{page.Language}: {page.Title} ({page.Slug})");
        await _store.EvictAsync(cancellationToken);
        return (page, errors);
    }

    /// <summary>Saves a page's form.</summary>
    /// <param name="page">The tracked page.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Errors (field → Vietnamese message); empty when saved.</returns>
    public async Task<Dictionary<string, string>> SaveAsync(SitePage page, SitePageForm form, CancellationToken cancellationToken = default)
    {
        var errors = await ApplyAsync(page, form, cancellationToken);
        if (errors.Count > 0)
        {
            // Nothing stored: the tracked entity's changes are dropped with the request's context.
            _db.Entry(page).State = EntityState.Unchanged;
            return errors;
        }

        _audit.Add(SiteAuditActions.PageSaved, Target(page.Id), $"{page.Language}: {page.Title} ({page.Slug})");
        await _db.SaveChangesAsync(cancellationToken);
        await _store.EvictAsync(cancellationToken);
        return errors;
    }

    /// <summary>Deletes a page; a Vietnamese page takes its English version with it.</summary>
    /// <param name="page">The tracked page.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>A task that completes when deleted.</returns>
    public async Task DeleteAsync(SitePage page, CancellationToken cancellationToken = default)
    {
        var english = await _db.SitePages.Where(p => p.VietnamesePageId == page.Id).ToListAsync(cancellationToken);
        _db.SitePages.RemoveRange(english);
        _db.SitePages.Remove(page);
        _audit.Add(SiteAuditActions.PageDeleted, Target(page.Id), $"{page.Language}: {page.Title} ({page.Slug})"
            + (english.Count > 0 ? " cùng bản tiếng Anh" : ""));
        await _db.SaveChangesAsync(cancellationToken);
        await _store.EvictAsync(cancellationToken);
    }

    /// <summary>Audit target of a page.</summary>
    /// <param name="id">Page id.</param>
    /// <returns>e.g. "SitePage:3".</returns>
    public static string Target(int id) => "SitePage:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, string>> ApplyAsync(SitePage page, SitePageForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var title = (form.Title ?? "").Trim();
        if (title.Length == 0 || title.Length > SitePage.TitleMaxLength)
        {
            errors[nameof(form.Title)] = $"Tiêu đề cần từ 1 đến {SitePage.TitleMaxLength} ký tự.";
        }

        var slug = (form.Slug ?? "").Trim();
        if (slug.Length == 0 && title.Length > 0)
        {
            slug = Slugs.FromTitle(title, SitePage.SlugMaxLength);
        }

        if (slug.Length > 0 && (slug.Length > SitePage.SlugMaxLength || !SlugPattern().IsMatch(slug)))
        {
            errors[nameof(form.Slug)] = $"Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, tối đa {SitePage.SlugMaxLength} ký tự, ví dụ gioi-thieu.";
        }
        else if (slug.Length > 0 && await _db.SitePages.AnyAsync(p => p.Language == page.Language && p.Slug == slug && p.Id != page.Id, cancellationToken))
        {
            errors[nameof(form.Slug)] = "Đường dẫn này đã có trang khác dùng; hãy chọn đường dẫn khác.";
        }

        var body = form.BodyMarkdown ?? "";
        if (body.Length > SitePage.BodyMaxLength)
        {
            errors[nameof(form.BodyMarkdown)] = $"Nội dung tối đa {SitePage.BodyMaxLength:N0} ký tự.";
        }

        if (form.SortOrder is < 0 or > 10_000)
        {
            errors[nameof(form.SortOrder)] = "Thứ tự là số từ 0 đến 10000.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        page.Title = title;
        page.Slug = slug;
        page.BodyMarkdown = body;
        page.BodyHtml = _renderer.Render(body, []);
        page.SortOrder = form.SortOrder;
        page.ShowInFooter = page.Language == SitePage.Vietnamese && form.ShowInFooter;
        page.ShowInMenu = page.Language == SitePage.Vietnamese && form.ShowInMenu;
        page.UpdatedAt = _clock.GetUtcNow();
        return errors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
