using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Data;
using PublishingPortal.Web.Areas.Admin.Models.Categories;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Sections;

/// <summary>
/// The administrator's work on sections (issue 11, "Sections and site"): create, edit (a new slug keeps the old one
/// as a 301), order among siblings, nest one level, delete when empty (or after moving its articles). Each change is
/// saved with its <see cref="AuditActions.CategoryChanged"/> entry in one <c>SaveChanges</c> and then evicts the
/// reader pages (<see cref="SectionCache"/>). Refusals carry Vietnamese messages and change nothing.
/// </summary>
public sealed class CategoryAdministration
{
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SectionCache _cache;

    /// <summary>Creates the service.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="cache">Reader-page eviction.</param>
    public CategoryAdministration(PortalDbContext db, AuditLog audit, SectionCache cache)
    {
        _db = db;
        _audit = audit;
        _cache = cache;
    }

    /// <summary>Every section as a tree flattened in menu order: a top-level section, then its children.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows.</returns>
    public async Task<IReadOnlyList<CategoryListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Slug, c.ParentId, c.SortOrder, c.ShowInMenu, Count = _db.Articles.Count(a => a.CategoryId == c.Id) })
            .ToListAsync(cancellationToken);
        var result = new List<CategoryListItem>();
        var top = rows.Where(r => r.ParentId is null).OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < top.Count; i++)
        {
            var parent = top[i];
            result.Add(new CategoryListItem(parent.Id, parent.Name, parent.Slug, null, i + 1, top.Count, parent.ShowInMenu, parent.Count));
            var children = rows.Where(r => r.ParentId == parent.Id).OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
            for (var j = 0; j < children.Count; j++)
            {
                var child = children[j];
                result.Add(new CategoryListItem(child.Id, child.Name, child.Slug, parent.Id, j + 1, children.Count, child.ShowInMenu, child.Count));
            }
        }

        return result;
    }

    /// <summary>The create page, or the edit page of a section with its current values.</summary>
    /// <param name="id">Section id, or null for a new one.</param>
    /// <param name="form">The form to show (after a refusal, what was typed), or null for the stored values.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page, or null when the id is unknown.</returns>
    public async Task<CategoryEditPage?> PageAsync(int? id, CategoryEditModel? form, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken);
        if (id is null)
        {
            return new CategoryEditPage(null, form ?? new CategoryEditModel(), Choices(all.Where(c => c.ParentId is null)), 0, [], []);
        }

        var category = await _db.Categories.AsNoTracking().Include(c => c.OldSlugs).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        var row = all.First(c => c.Id == category.Id);
        form ??= new CategoryEditModel
        {
            Name = category.Name,
            Slug = category.Slug,
            ParentId = category.ParentId,
            ShowInMenu = category.ShowInMenu,
            Description = category.Description,
            MetaDescription = category.MetaDescription,
            Position = row.Position,
        };
        var hasChildren = all.Any(c => c.ParentId == category.Id);
        var parents = hasChildren ? [] : Choices(all.Where(c => c.ParentId is null && c.Id != category.Id));
        return new CategoryEditPage(category.Id, form, parents, row.ArticleCount, Choices(all.Where(c => c.Id != category.Id)), category.OldSlugs.Select(o => o.Slug).ToList());
    }

    /// <summary>Creates a section, last among its siblings unless a position is given.</summary>
    /// <param name="form">The validated form.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new section's id, or the refusal.</returns>
    public async Task<SectionChange> CreateAsync(CategoryEditModel form, CancellationToken cancellationToken = default)
    {
        var category = new Category();
        var refusal = await ApplyAsync(category, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        _db.Categories.Add(category);
        await _db.SaveChangesAsync(cancellationToken);
        _audit.Add(AuditActions.CategoryChanged, Target(category.Id), $"Tạo chuyên mục \"{category.Name}\" ({category.Slug})");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã tạo chuyên mục \"{category.Name}\".", category.Id);
    }

    /// <summary>Saves the form over a section: name, slug (the old one answers 301), parent, menu, descriptions, position.</summary>
    /// <param name="id">Section id.</param>
    /// <param name="form">The validated form.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when the id is unknown.</returns>
    public async Task<SectionChange?> UpdateAsync(int id, CategoryEditModel form, CancellationToken cancellationToken = default)
    {
        var category = await _db.Categories.Include(c => c.OldSlugs).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        var before = $"{category.Name} ({category.Slug})";
        var refusal = await ApplyAsync(category, form, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        _audit.Add(AuditActions.CategoryChanged, Target(id), $"Sửa chuyên mục {before} → {category.Name} ({category.Slug})");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã lưu chuyên mục \"{category.Name}\".", id);
    }

    /// <summary>Moves a section one place up or down among its siblings; at the end already, nothing changes.</summary>
    /// <param name="id">Section id.</param>
    /// <param name="up">True for up (earlier in the menu).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when the id is unknown.</returns>
    public async Task<SectionChange?> MoveAsync(int id, bool up, CancellationToken cancellationToken = default)
    {
        var category = await _db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        var siblings = await SiblingsAsync(category.ParentId, cancellationToken);
        var index = siblings.FindIndex(c => c.Id == id);
        var target = up ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.Count)
        {
            return SectionChange.Refused("", up ? $"\"{category.Name}\" đã ở đầu danh sách." : $"\"{category.Name}\" đã ở cuối danh sách.");
        }

        siblings.RemoveAt(index);
        siblings.Insert(target, category);
        Renumber(siblings);
        _audit.Add(AuditActions.CategoryChanged, Target(id), $"Chuyển \"{category.Name}\" đến vị trí {target + 1}");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã chuyển \"{category.Name}\" {(up ? "lên" : "xuống")}.", id);
    }

    /// <summary>
    /// Deletes a section that has no articles and no child sections; with <paramref name="moveTo"/>, first moves its
    /// articles (any state) into that section, in the same save.
    /// </summary>
    /// <param name="id">Section id.</param>
    /// <param name="moveTo">Section to move the articles to, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when the id is unknown.</returns>
    public async Task<SectionChange?> DeleteAsync(int id, int? moveTo, CancellationToken cancellationToken = default)
    {
        var category = await _db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        if (await _db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken))
        {
            return SectionChange.Refused("", $"Không xoá được \"{category.Name}\": chuyên mục còn chuyên mục con. Hãy chuyển hoặc xoá các chuyên mục con trước.");
        }

        var articles = await _db.Articles.Where(a => a.CategoryId == id).ToListAsync(cancellationToken);
        Category? target = null;
        if (moveTo is { } targetId)
        {
            target = targetId == id ? null : await _db.Categories.FirstOrDefaultAsync(c => c.Id == targetId, cancellationToken);
            if (target is null)
            {
                return SectionChange.Refused("moveTo", "Hãy chọn một chuyên mục khác để chuyển bài viết sang.");
            }
        }

        if (articles.Count > 0 && target is null)
        {
            return SectionChange.Refused("", $"Không xoá được \"{category.Name}\": chuyên mục còn {articles.Count} bài viết. Hãy chuyển các bài sang chuyên mục khác trước.");
        }

        foreach (var article in articles)
        {
            article.CategoryId = target!.Id;
        }

        var siblings = await SiblingsAsync(category.ParentId, cancellationToken);
        siblings.RemoveAll(c => c.Id == id);
        Renumber(siblings);
        _db.Categories.Remove(category);
        var moved = articles.Count > 0 ? $"; {articles.Count} bài chuyển sang \"{target!.Name}\"" : "";
        _audit.Add(AuditActions.CategoryChanged, Target(id), $"Xoá chuyên mục \"{category.Name}\" ({category.Slug}){moved}");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã xoá chuyên mục \"{category.Name}\"{moved}.");
    }

    private static string Target(int id) => "Category:" + id.ToString(CultureInfo.InvariantCulture);

    private static List<KeyValuePair<int, string>> Choices(IEnumerable<CategoryListItem> rows) =>
        rows.Select(r => new KeyValuePair<int, string>(r.Id, r.ParentId is null ? r.Name : "— " + r.Name)).ToList();

    private static void Renumber(List<Category> siblings)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }
    }

    private async Task<List<Category>> SiblingsAsync(int? parentId, CancellationToken cancellationToken) =>
        (await _db.Categories.Where(c => c.ParentId == parentId).ToListAsync(cancellationToken))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    // Checks everything before touching the entity, so a refusal leaves the tracked section unchanged.
    private async Task<SectionChange?> ApplyAsync(Category category, CategoryEditModel form, CancellationToken cancellationToken)
    {
        var name = form.Name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (name.Length == 0)
        {
            return SectionChange.Refused(nameof(form.Name), "Hãy nhập tên chuyên mục.");
        }

        var typedSlug = string.IsNullOrWhiteSpace(form.Slug) ? name : form.Slug;
        // FromTitle falls back to a fixed word when nothing is left; a section must not get it silently.
        var slug = Slugs.FromTitle(typedSlug);
        if (!typedSlug.Any(char.IsLetterOrDigit))
        {
            return SectionChange.Refused(nameof(form.Slug), "Đường dẫn phải có ít nhất một chữ cái hoặc chữ số.");
        }

        var owner = await _db.Categories.AsNoTracking().Where(c => c.Slug == slug && c.Id != category.Id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (owner is not null)
        {
            return SectionChange.Refused(nameof(form.Slug), $"Đường dẫn \"{slug}\" đã được chuyên mục \"{owner}\" dùng. Hãy chọn đường dẫn khác.");
        }

        var isNew = category.Id == 0;
        var hasChildren = !isNew && await _db.Categories.AnyAsync(c => c.ParentId == category.Id, cancellationToken);
        if (form.ParentId is { } parentId)
        {
            var parent = await _db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, cancellationToken);
            if (parent is null || parent.Id == category.Id)
            {
                return SectionChange.Refused(nameof(form.ParentId), "Hãy chọn một chuyên mục cha có trong danh sách.");
            }

            if (parent.ParentId is not null)
            {
                return SectionChange.Refused(nameof(form.ParentId), $"Chuyên mục chỉ lồng một cấp: \"{parent.Name}\" đã là chuyên mục con, không chứa được chuyên mục khác.");
            }

            if (hasChildren)
            {
                return SectionChange.Refused(nameof(form.ParentId), $"Chuyên mục chỉ lồng một cấp: \"{category.Name}\" đang có chuyên mục con nên không đặt vào chuyên mục khác được.");
            }
        }

        // A former slug of another section is taken over: the newest owner of a URL answers it.
        var stale = await _db.CategorySlugRedirects.Where(o => o.Slug == slug && o.CategoryId != category.Id).ToListAsync(cancellationToken);
        _db.CategorySlugRedirects.RemoveRange(stale);

        var oldParent = category.ParentId;
        category.Name = name;
        if (isNew)
        {
            category.Slug = slug;
        }
        else
        {
            category.ChangeSlug(slug);
        }

        category.ParentId = form.ParentId;
        category.ShowInMenu = form.ShowInMenu;
        category.Description = (form.Description ?? "").Trim();
        category.MetaDescription = (form.MetaDescription ?? "").Trim();

        var siblings = await SiblingsAsync(form.ParentId, cancellationToken);
        var currentIndex = isNew ? -1 : siblings.FindIndex(c => c.Id == category.Id);
        if (currentIndex >= 0)
        {
            siblings.RemoveAt(currentIndex);
        }

        var position = form.Position is { } p ? Math.Clamp(p - 1, 0, siblings.Count) : currentIndex >= 0 ? currentIndex : siblings.Count;
        siblings.Insert(position, category);
        Renumber(siblings);
        if (!isNew && oldParent != form.ParentId)
        {
            var left = await SiblingsAsync(oldParent, cancellationToken);
            left.RemoveAll(c => c.Id == category.Id);
            Renumber(left);
        }

        return null;
    }
}
