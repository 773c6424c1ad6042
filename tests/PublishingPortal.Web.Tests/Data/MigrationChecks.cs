using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>Checks shared by every provider that runs for real (SQLite, PostgreSQL).</summary>
public static class MigrationChecks
{
    /// <summary>Tables the model maps to (Identity's, the portal's, DataProtectionKeys).</summary>
    public static IReadOnlyList<string> ModelTables(PortalDbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Migrates an empty database to the latest migration and checks nothing is left pending.</summary>
    public static async Task ApplyToEmptyAsync(Func<PortalDbContext> create)
    {
        await using (var db = create())
        {
            await db.Database.MigrateAsync();
        }

        await using var check = create();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        Assert.False(check.Database.HasPendingModelChanges());

        // Every mapped table is there and can be queried.
        Assert.Equal(0, await check.Articles.CountAsync());
        Assert.Equal(0, await check.DataProtectionKeys.CountAsync());
        Assert.Equal(0, await check.ScheduleLeases.CountAsync());
        Assert.Equal(0, await check.Users.CountAsync());
    }

    /// <summary>
    /// Applies migrations up to the one before the latest, writes a section and an article, migrates to the latest
    /// and reads them back; then uses the tables the last two migrations added (data-protection keys, schedule leases).
    /// </summary>
    public static async Task UpgradeKeepsDataAsync(Func<PortalDbContext> create)
    {
        string previous;
        await using (var db = create())
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.True(all.Count >= 2, "an upgrade needs two migrations");
            // The schema before issue 11's data migration (later migrations change no rows), so that it is checked too.
            var desk = all.FindIndex(m => m.EndsWith("_DeskWorkflow", StringComparison.Ordinal));
            previous = all[desk - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            Assert.Equal([.. all[..desk]], (await db.Database.GetAppliedMigrationsAsync()).ToList());

            // Raw SQL, so that the row is written with the previous schema's columns only (the model may be ahead of it).
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Categories\" (\"Name\", \"Slug\", \"SortOrder\", \"Description\", \"MetaDescription\", \"ShowInMenu\") VALUES ({"Thời sự"}, {"thoi-su"}, {1}, {"Tin trong tỉnh"}, {""}, {false})");
            var categoryId = await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Categories\" WHERE \"Slug\" = {"thoi-su"}").SingleAsync();
            // Raw SQL too (the model has columns the previous schema lacks), in each provider's storage of times and ids.
            var sqlite = db.Database.IsSqlite();
            object At(DateTimeOffset instant) => sqlite ? instant.UtcTicks : instant;
            object NewVersion() => sqlite ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Articles\" (\"Title\", \"Slug\", \"Lead\", \"BodyMarkdown\", \"BodyHtml\", \"Status\", \"PublishedAt\", \"CreatedAt\", \"UpdatedAt\", \"Version\", \"CategoryId\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})",
                "Bài viết trước khi nâng cấp", "bai-viet-truoc-khi-nang-cap", "Tóm tắt có dấu: Đà Nẵng, Huế", "", "", "Published",
                At(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero)), At(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)),
                At(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero)), NewVersion(), categoryId);
            // Issue 11's data migration: a draft sent back (it has a reason) becomes Returned; a plain draft stays a draft.
            const string draft = "INSERT INTO \"Articles\" (\"Title\", \"Slug\", \"Lead\", \"BodyMarkdown\", \"BodyHtml\", \"Status\", \"CreatedAt\", \"UpdatedAt\", \"Version\", \"ReturnReason\") VALUES ({0}, {1}, '', '', '', 'Draft', {2}, {2}, {3}, {4})";
            await db.Database.ExecuteSqlRawAsync(draft, "Bài bị trả lại trước khi nâng cấp", "bai-tra-lai", At(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)), NewVersion(), "Thiếu nguồn.");
            await db.Database.ExecuteSqlRawAsync(draft.Replace("{4}", "NULL", StringComparison.Ordinal), "Bài nháp trước khi nâng cấp", "bai-nhap", At(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)), NewVersion());
        }

        await using (var db = create())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = create())
        {
            var article = await db.Articles.AsNoTracking().Include(a => a.Category).SingleAsync(a => a.Slug == "bai-viet-truoc-khi-nang-cap");
            Assert.Equal("Bài viết trước khi nâng cấp", article.Title);
            Assert.Equal("Tóm tắt có dấu: Đà Nẵng, Huế", article.Lead);
            Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), article.PublishedAt);
            Assert.Equal("thoi-su", article.Category!.Slug);
            Assert.Equal("Tin trong tỉnh", article.Category.Description);
            Assert.False(article.Category.ShowInMenu);
            Assert.Equal(ArticleStatus.Published, article.Status);
            var returned = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "bai-tra-lai");
            Assert.Equal((ArticleStatus.Returned, "Thiếu nguồn."), (returned.Status, returned.ReturnReason));
            Assert.Equal(ArticleStatus.Draft, (await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "bai-nhap")).Status);
            Assert.Null(returned.PendingRevisionNumber);

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
            db.ScheduleLeases.Add(new ScheduleLease { Name = "schedule", Holder = "host-a", ExpiresAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await using (var db = create())
        {
            Assert.Equal("<key id=\"1\" />", (await db.DataProtectionKeys.SingleAsync()).Xml);
            var lease = await db.ScheduleLeases.AsNoTracking().SingleAsync();
            Assert.Equal(("schedule", "host-a", new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)), (lease.Name, lease.Holder, lease.ExpiresAt));
        }
    }
}
