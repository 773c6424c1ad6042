using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Listing;
using PublishingPortal.Data;
using PublishingPortal.Web.Areas.Admin.Models.Tags;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Sections;

/// <summary>
/// The administrator's work on tags (Từ khóa, issue 11): a searchable list with article counts, rename, merge into
/// another tag (each article keeps one of each), delete (articles lose the tag, nothing else). Each change is saved
/// with its <see cref="AuditActions.TagChanged"/> entry and evicts the reader pages (<see cref="SectionCache"/>).
/// </summary>
public sealed class TagAdministration
{
    private readonly PortalDbContext _db;
    private readonly AuditLog _audit;
    private readonly SectionCache _cache;

    /// <summary>Creates the service.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="audit">Audit log.</param>
    /// <param name="cache">Reader-page eviction.</param>
    public TagAdministration(PortalDbContext db, AuditLog audit, SectionCache cache)
    {
        _db = db;
        _audit = audit;
        _cache = cache;
    }

    /// <summary>A page of tags by name; with search words, only tags whose slug contains the words' slug (so accents do not matter).</summary>
    /// <param name="text">Search words as typed, or null.</param>
    /// <param name="page">1-based page, clamped.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page.</returns>
    public async Task<TagListPage> ListAsync(string? text, int page, CancellationToken cancellationToken = default)
    {
        var words = (text ?? "").Trim();
        var query = _db.Tags.AsNoTracking();
        var folded = words.Any(char.IsLetterOrDigit) ? Slugs.FromTitle(words.Length > 200 ? words[..200] : words) : "";
        if (folded.Length > 0)
        {
            query = query.Where(t => t.Slug.Contains(folded));
        }

        var total = await query.CountAsync(cancellationToken);
        var paging = Paging.Clamped(page, TagListPage.PageSize, total);
        var items = await query.OrderBy(t => t.Slug).Skip(paging.Skip).Take(TagListPage.PageSize)
            .Select(t => new TagListItem(t.Id, t.Name, t.Slug, t.Articles.Count)).ToListAsync(cancellationToken);
        return new TagListPage(items, paging, words);
    }

    /// <summary>One tag with its count and the tags it can be merged into, or null.</summary>
    /// <param name="id">Tag id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The page, or null when unknown.</returns>
    public async Task<TagEditPage?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var tag = await _db.Tags.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TagListItem(t.Id, t.Name, t.Slug, t.Articles.Count)).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return null;
        }

        var others = await _db.Tags.AsNoTracking().Where(t => t.Id != id).OrderBy(t => t.Slug)
            .Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync(cancellationToken);
        return new TagEditPage(tag, others);
    }

    /// <summary>Renames a tag; its slug follows the name. A name that folds to another tag's slug is refused (merge instead).</summary>
    /// <param name="id">Tag id.</param>
    /// <param name="name">New name as typed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when the id is unknown.</returns>
    public async Task<SectionChange?> RenameAsync(int id, string? name, CancellationToken cancellationToken = default)
    {
        var tag = await _db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return null;
        }

        var newName = (name ?? "").Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (newName.Length == 0)
        {
            return SectionChange.Refused("name", "Hãy nhập tên từ khóa.");
        }

        if (newName.Length > Tag.NameMaxLength)
        {
            return SectionChange.Refused("name", $"Tên từ khóa dài tối đa {Tag.NameMaxLength} ký tự.");
        }

        var slug = Slugs.FromTitle(newName);
        if (!newName.Any(char.IsLetterOrDigit))
        {
            return SectionChange.Refused("name", "Tên từ khóa phải có ít nhất một chữ cái hoặc chữ số.");
        }

        var other = await _db.Tags.AsNoTracking().Where(t => t.Slug == slug && t.Id != id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            return SectionChange.Refused("name", $"Đã có từ khóa \"{other}\" cùng đường dẫn \"{slug}\". Hãy gộp vào từ khóa đó thay vì đổi tên.");
        }

        var before = tag.Name;
        tag.Name = newName;
        tag.Slug = slug;
        _audit.Add(AuditActions.TagChanged, Target(id), $"Đổi tên từ khóa \"{before}\" → \"{newName}\"");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã đổi tên từ khóa thành \"{newName}\".", id);
    }

    /// <summary>Moves every article of one tag to another (an article that has both keeps one) and deletes the first.</summary>
    /// <param name="id">The tag that goes away.</param>
    /// <param name="intoId">The tag that stays.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when <paramref name="id"/> is unknown.</returns>
    public async Task<SectionChange?> MergeAsync(int id, int? intoId, CancellationToken cancellationToken = default)
    {
        var tag = await _db.Tags.Include(t => t.Articles).ThenInclude(a => a.Tags).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return null;
        }

        if (intoId == id)
        {
            return SectionChange.Refused("into", "Không gộp được một từ khóa vào chính nó. Hãy chọn từ khóa khác.");
        }

        var into = intoId is { } target ? await _db.Tags.FirstOrDefaultAsync(t => t.Id == target, cancellationToken) : null;
        if (into is null)
        {
            return SectionChange.Refused("into", "Hãy chọn từ khóa có trong danh sách để gộp vào.");
        }

        foreach (var article in tag.Articles)
        {
            article.Tags.Remove(tag);
            if (!article.Tags.Any(t => t.Id == into.Id))
            {
                article.Tags.Add(into);
            }
        }

        var count = tag.Articles.Count;
        _db.Tags.Remove(tag);
        _audit.Add(AuditActions.TagChanged, Target(id), $"Gộp từ khóa \"{tag.Name}\" vào \"{into.Name}\" (Tag:{into.Id.ToString(CultureInfo.InvariantCulture)}), {count} bài");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã gộp \"{tag.Name}\" vào \"{into.Name}\" ({count} bài).", into.Id);
    }

    /// <summary>Deletes a tag; its articles simply lose it.</summary>
    /// <param name="id">Tag id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result; null when the id is unknown.</returns>
    public async Task<SectionChange?> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var tag = await _db.Tags.Include(t => t.Articles).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return null;
        }

        var count = tag.Articles.Count;
        _db.Tags.Remove(tag);
        _audit.Add(AuditActions.TagChanged, Target(id), $"Xoá từ khóa \"{tag.Name}\" ({count} bài)");
        await _db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(cancellationToken);
        return SectionChange.Ok($"Đã xoá từ khóa \"{tag.Name}\".");
    }

    private static string Target(int id) => "Tag:" + id.ToString(CultureInfo.InvariantCulture);
}
