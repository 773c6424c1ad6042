using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Listing;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Reading;

/// <summary>
/// Reads for reader pages: projections with <c>AsNoTracking</c>, one query each, and only articles
/// readers may see (<see cref="ReaderVisibility"/>: published, a publication instant not in the
/// future, and not expired), whether or not the scheduler has run yet.
/// </summary>
public sealed class ArticleQueries
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;

    /// <summary>Creates the queries.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">Clock deciding what is already published.</param>
    public ArticleQueries(PortalDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>Finds a published article by its current slug.</summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page projection, or null when no visible article has that slug.</returns>
    public async Task<ArticlePage?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        return await Visible(now)
            .Where(a => a.Slug == slug)
            .Select(ArticlePage.Projection(_db))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>"Đọc nhiều": the most-viewed visible articles published within <paramref name="window"/>.</summary>
    /// <param name="count">How many, 1 to 50.</param>
    /// <param name="window">How far back publication may be (e.g. 30 days), so old hits do not stay on top for ever.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Items, most viewed first; articles never viewed are not listed.</returns>
    public async Task<IReadOnlyList<ArticleListItem>> MostReadAsync(int count, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 50);
        var now = _clock.GetUtcNow();
        var since = now - window;
        var visible = Visible(now).Where(a => a.PublishedAt >= since);
        var ranked = visible.Join(_db.ArticleViewCounts, a => a.Id, v => v.ArticleId, (a, v) => new { Article = a, v.Views })
            .Where(x => x.Views > 0)
            .OrderByDescending(x => x.Views)
            .ThenByDescending(x => x.Article.PublishedAt)
            .Select(x => x.Article)
            .Take(count);
        return await ToItems(ranked).ToListAsync(cancellationToken);
    }

    /// <summary>The home page's lead story: the newest visible article that has a photo, or null.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The item.</returns>
    public async Task<ArticleListItem?> LeadStoryAsync(CancellationToken cancellationToken = default) =>
        await ToItems(Visible(_clock.GetUtcNow())
                .Where(a => a.Figures.Any(f => f.ImagePath != null))
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(1))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Newest visible articles of each home-page section: the sections chosen in the site settings, in that order
    /// (<see cref="Core.Site.SiteSettings.HomeSectionIds"/>, issue 11), or, when none are chosen, the first
    /// <paramref name="sections"/> sections in menu order.
    /// </summary>
    /// <param name="chosen">Section ids in block order (at most <see cref="Core.Site.HomeSectionList.MaxBlocks"/>); empty for the default. Deleted ones are skipped.</param>
    /// <param name="sections">How many sections by default, 0 to 20.</param>
    /// <param name="perSection">Articles per section, 1 to 20.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One block per section that has articles; one query per section, bounded by 20.</returns>
    public async Task<IReadOnlyList<(SectionLink Section, IReadOnlyList<ArticleListItem> Items)>> SectionBlocksAsync(
        IReadOnlyList<int> chosen, int sections, int perSection, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sections, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sections, 20);
        ArgumentOutOfRangeException.ThrowIfLessThan(perSection, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perSection, 20);
        List<SectionLink> list;
        if (chosen.Count == 0)
        {
            list = (await SectionsAsync(cancellationToken)).Take(sections).ToList();
        }
        else
        {
            var ids = chosen.Take(Core.Site.HomeSectionList.MaxBlocks).ToList();
            var found = await _db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, Link = new SectionLink(c.Name, c.Slug) }).ToListAsync(cancellationToken);
            list = found.OrderBy(c => ids.IndexOf(c.Id)).Select(c => c.Link).ToList();
        }

        var now = _clock.GetUtcNow();
        var blocks = new List<(SectionLink, IReadOnlyList<ArticleListItem>)>();
        foreach (var section in list)
        {
            var items = await ToItems(Visible(now)
                    .Where(a => a.Category != null && a.Category.Slug == section.Slug)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(perSection))
                .ToListAsync(cancellationToken);
            if (items.Count > 0)
            {
                blocks.Add((section, items));
            }
        }

        return blocks;
    }

    /// <summary>Looks a former slug up.</summary>
    /// <param name="slug">Slug from the URL.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The current slug of the visible article that used to have <paramref name="slug"/>, or null.</returns>
    public async Task<string?> FindRedirectAsync(string slug, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        return await _db.ArticleSlugRedirects.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Join(Visible(now), r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Newest visible articles first.</summary>
    /// <param name="count">How many, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Up to <paramref name="count"/> items.</returns>
    public async Task<IReadOnlyList<ArticleListItem>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        var now = _clock.GetUtcNow();
        return await ToItems(Visible(now)
                .OrderByDescending(a => a.PublishedAt)
                .ThenByDescending(a => a.Id)
                .Take(count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Items in "Tin liên quan".</summary>
    public const int RelatedCount = 5;

    /// <summary>Newer and older items each in "Các tin khác".</summary>
    public const int OtherCount = 3;

    /// <summary>
    /// Tags, related and other news of a visible article: four small queries, whatever the article holds.
    /// </summary>
    /// <param name="article">The article's page projection.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The neighbours; empty lists where there are none.</returns>
    public async Task<ArticleNeighbours> NeighboursAsync(ArticlePage article, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var tagRows = await _db.Articles.AsNoTracking().Where(a => a.Id == article.Id)
            .SelectMany(a => a.Tags).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync(cancellationToken);
        var tags = tagRows.Select(t => new SectionLink(t.Name, t.Slug)).ToList();
        var tagIds = tagRows.Select(t => t.Id).ToList();
        var others = Visible(now).Where(a => a.Id != article.Id);

        // Related: sharing a tag ranks first, then the same section; newest first within each. Only the section's
        // newest few can fill the list, so only they are candidates: ranking the whole section by shared tags cost
        // 26 ms a page at 10,000 articles (a correlated count per row), the candidates' list costs under a millisecond.
        var sectionNewest = others
            .Where(a => article.CategorySlug != null && a.Category != null && a.Category.Slug == article.CategorySlug)
            .OrderByDescending(a => a.PublishedAt)
            .Take(RelatedCount)
            .Select(a => a.Id);
        var related = await ToItems(others
                .Where(a => a.Tags.Any(t => tagIds.Contains(t.Id)) || sectionNewest.Contains(a.Id))
                .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)))
                .ThenByDescending(a => a.PublishedAt)
                .Take(RelatedCount))
            .ToListAsync(cancellationToken);

        if (article.CategorySlug is null)
        {
            return new ArticleNeighbours(tags, related, [], []);
        }

        var section = others.Where(a => a.Category != null && a.Category.Slug == article.CategorySlug);
        var published = article.PublishedAt;
        var newer = await ToItems(section
                .Where(a => a.PublishedAt > published)
                .OrderBy(a => a.PublishedAt)
                .Take(OtherCount))
            .ToListAsync(cancellationToken);
        var older = await ToItems(section
                .Where(a => a.PublishedAt <= published)
                .OrderByDescending(a => a.PublishedAt)
                .Take(OtherCount))
            .ToListAsync(cancellationToken);
        return new ArticleNeighbours(tags, related, newer, older);
    }

    /// <summary>Articles per page in section and tag lists.</summary>
    public const int ListPageSize = 20;

    /// <summary>One page of a section's visible articles, newest first (two queries: count, page).</summary>
    /// <param name="categorySlug">Section slug.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page, or null when the section does not exist.</returns>
    public async Task<SectionOrTagPage?> CategoryPageAsync(string categorySlug, int page, CancellationToken cancellationToken = default)
    {
        var category = await _db.Categories.AsNoTracking().Where(c => c.Slug == categorySlug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Description, c.MetaDescription }).FirstOrDefaultAsync(cancellationToken);
        if (category is null)
        {
            return null;
        }

        var list = await PageAsync(Visible(_clock.GetUtcNow()).Where(a => a.CategoryId == category.Id), category.Name, category.Slug, page, cancellationToken);
        return list with { Description = category.Description, MetaDescription = category.MetaDescription };
    }

    /// <summary>The current slug of a section that was reachable under <paramref name="oldSlug"/> before a rename.</summary>
    /// <param name="oldSlug">A former section slug.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The current slug, or null when the slug never belonged to a section.</returns>
    public Task<string?> RenamedSectionSlugAsync(string oldSlug, CancellationToken cancellationToken = default) =>
        _db.CategorySlugRedirects.AsNoTracking().Where(o => o.Slug == oldSlug)
            .Join(_db.Categories, o => o.CategoryId, c => c.Id, (o, c) => c.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The section lists every reader page shows, from one query: the readers' section menu (sections with "show in
    /// menu", top level in order, each with its shown children in order; a child whose parent is hidden is not shown,
    /// the menu follows the tree) and every section for the search filter, by sort order then name. Kept between
    /// changes by <see cref="Sections.SectionCache"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The menu's top-level entries and the filter's sections.</returns>
    public async Task<Sections.ReaderSections> SectionListsAsync(CancellationToken cancellationToken = default)
    {
        var all = await _db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Slug, c.ParentId, c.SortOrder, c.ShowInMenu }).ToListAsync(cancellationToken);
        var rows = all.Where(r => r.ShowInMenu).ToList();
        var menu = rows.Where(r => r.ParentId is null).OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(p => new MenuSection(p.Name, p.Slug, rows.Where(r => r.ParentId == p.Id).OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(c => new SectionLink(c.Name, c.Slug)).ToList()))
            .ToList();
        var options = all.OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new Search.SearchCategoryOption(r.Name, r.Slug)).ToList();
        return new Sections.ReaderSections(menu, options);
    }

    /// <summary>One page of a tag's visible articles, newest first.</summary>
    /// <param name="tagSlug">Tag slug.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page, or null when the tag does not exist.</returns>
    public async Task<SectionOrTagPage?> TagPageAsync(string tagSlug, int page, CancellationToken cancellationToken = default)
    {
        var tag = await _db.Tags.AsNoTracking().Where(t => t.Slug == tagSlug)
            .Select(t => new { t.Id, t.Name, t.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return null;
        }

        return await PageAsync(Visible(_clock.GetUtcNow()).Where(a => a.Tags.Any(t => t.Id == tag.Id)), tag.Name, tag.Slug, page, cancellationToken);
    }

    /// <summary>Sections in menu order.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>All sections.</returns>
    public async Task<IReadOnlyList<SectionLink>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await _db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new SectionLink(c.Name, c.Slug)).ToListAsync(cancellationToken);

    /// <summary>Newest visible articles for a feed.</summary>
    /// <param name="categorySlug">Only this section; null for the whole site.</param>
    /// <param name="count">How many, 1 to 500.</param>
    /// <param name="since">Only published at or after this instant, if given (Google News: last 48 hours).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Items, newest first.</returns>
    public async Task<IReadOnlyList<FeedItem>> FeedAsync(string? categorySlug, int count, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 500);
        var query = Visible(_clock.GetUtcNow());
        if (categorySlug is not null)
        {
            query = query.Where(a => a.Category != null && a.Category.Slug == categorySlug);
        }

        if (since is { } from)
        {
            query = query.Where(a => a.PublishedAt >= from);
        }

        return await query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count)
            .Select(a => new FeedItem(a.Title, a.Slug, a.Lead, a.PublishedAt!.Value, a.UpdatedAt, a.Category != null ? a.Category.Name : null, a.Byline))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Number of visible articles, for splitting the sitemap into parts.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count.</returns>
    public Task<int> VisibleCountAsync(CancellationToken cancellationToken = default) =>
        Visible(_clock.GetUtcNow()).CountAsync(cancellationToken);

    /// <summary>One part of the article sitemap: slugs and last-modified instants, oldest first by id so parts are stable.</summary>
    /// <param name="part">The part as a page of the visible articles (page size: URLs per part, at most 50,000 by the sitemap protocol).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>(slug, last modified) pairs.</returns>
    public async Task<IReadOnlyList<(string Slug, DateTimeOffset LastModified)>> SitemapPartAsync(Paging part, CancellationToken cancellationToken = default)
    {
        var rows = await Visible(_clock.GetUtcNow()).OrderBy(a => a.Id).Skip(part.Skip).Take(part.PageSize)
            .Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Slug, r.UpdatedAt)).ToList();
    }

    private static async Task<SectionOrTagPage> PageAsync(IQueryable<Article> query, string name, string slug, int page, CancellationToken cancellationToken)
    {
        var paging = Paging.At(page, ListPageSize, await query.CountAsync(cancellationToken));
        var items = paging.HasRows
            ? await ToItems(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Skip(paging.Skip).Take(paging.PageSize))
                .ToListAsync(cancellationToken)
            : [];
        return new SectionOrTagPage(name, slug, items, paging);
    }

    private static IQueryable<ArticleListItem> ToItems(IQueryable<Article> query) =>
        query.Select(a => new ArticleListItem(
            a.Title,
            a.Slug,
            a.Lead,
            a.PublishedAt!.Value,
            a.Category != null ? a.Category.Name : null,
            a.Figures.Where(f => f.ImagePath != null).OrderBy(f => f.Order)
                .Select(f => new ImageRef(f.ImagePath!, f.Width, f.Height, f.AltText)).FirstOrDefault(),
            a.Id));

    private IQueryable<Article> Visible(DateTimeOffset now) =>
        _db.Articles.AsNoTracking().Where(ReaderVisibility.At(now));
}
