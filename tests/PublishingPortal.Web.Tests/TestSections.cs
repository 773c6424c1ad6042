using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests;

/// <summary>Sections for per-section tests: unique names and slugs, so test classes sharing a database never collide.</summary>
internal static class TestSections
{
    /// <summary>Adds a top-level section with one child, and a second top-level section.</summary>
    /// <param name="factory">The portal.</param>
    /// <returns>The ids: the parent, its child, the other section.</returns>
    public static async Task<(int Parent, int Child, int Other)> AddParentChildAndOtherAsync(PortalFactory factory)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var ids = await factory.WithDbAsync(async db =>
        {
            var parent = new Category { Name = "Mục A " + suffix, Slug = "muc-a-" + suffix, SortOrder = 900 };
            var other = new Category { Name = "Mục B " + suffix, Slug = "muc-b-" + suffix, SortOrder = 901 };
            db.Categories.AddRange(parent, other);
            await db.SaveChangesAsync();
            var child = new Category { Name = "Mục A con " + suffix, Slug = "muc-a-con-" + suffix, SortOrder = 1, ParentId = parent.Id };
            db.Categories.Add(child);
            await db.SaveChangesAsync();
            return (parent.Id, child.Id, other.Id);
        });

        // Behind the write path: pages and the kept section lists (menu, search filter) are dropped as it would.
        await factory.EvictReaderPagesAsync();
        return ids;
    }
}
