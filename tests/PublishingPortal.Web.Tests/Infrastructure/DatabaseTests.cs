using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Infrastructure;

public sealed class DatabaseTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public DatabaseTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Startup_EmptyFile_MigratedWithoutPendingModelChanges()
    {
        _ = _factory.Services;

        var pending = await _factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        var applied = await _factory.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var modelChanged = await _factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.False(modelChanged, "the model has changes without a migration: run dotnet ef migrations add");
        Assert.True(File.Exists(_factory.DatabasePath));
    }

    [Fact]
    public async Task Startup_EmptyFile_LogsNoErrorBeforeOrAfterMigrating()
    {
        // A fresh factory: the shared one may have logged the other tests' deliberate failures.
        await using var fresh = new EmptyPortalFactory();
        using var reader = fresh.CreateReader();
        var home = await reader.GetAsync(new Uri("/", UriKind.Relative));
        var logs = Directory.GetFiles(Path.Combine(fresh.Root, "logs"), "portal-*.log");

        // Serilog's file sink writes each event through, so the file holds everything logged so far.
        var text = string.Join('\n', await Task.WhenAll(logs.Select(async f =>
        {
            await using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var file = new StreamReader(stream);
            return await file.ReadToEndAsync();
        })));

        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        Assert.NotEmpty(logs);
        Assert.Contains("[INF]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[ERR]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[FTL]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_Sqlite_UsesWriteAheadLog()
    {
        _ = _factory.Services;
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        var mode = (string?)await command.ExecuteScalarAsync();

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task PublishedAt_StoredUtc_OrdersAndComparesInSql()
    {
        var early = await TestArticles.AddAsync(_factory, "Bài đăng sớm", publishedAt: new DateTimeOffset(2024, 1, 1, 23, 0, 0, TimeSpan.FromHours(7)));
        var late = await TestArticles.AddAsync(_factory, "Bài đăng muộn", publishedAt: new DateTimeOffset(2024, 1, 1, 17, 0, 0, TimeSpan.Zero));
        var cut = new DateTimeOffset(2024, 1, 1, 16, 30, 0, TimeSpan.Zero);

        var ordered = await _factory.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Id == early.Id || a.Id == late.Id)
            .Where(a => a.PublishedAt > cut)
            .OrderBy(a => a.PublishedAt)
            .Select(a => new { a.Id, a.PublishedAt })
            .ToListAsync());

        // 23:00+07:00 is 16:00Z, before the cut; 17:00Z is after it.
        var only = Assert.Single(ordered);
        Assert.Equal(late.Id, only.Id);
        Assert.Equal(TimeSpan.Zero, only.PublishedAt!.Value.Offset);
        Assert.Equal(late.PublishedAt, only.PublishedAt);
    }

    [Fact]
    public async Task Save_StaleCopy_RefusedByConcurrencyToken()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài hai người cùng sửa");

        await using var first = _factory.Services.CreateAsyncScope();
        await using var second = _factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<PublishingPortal.Data.PortalDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<PublishingPortal.Data.PortalDbContext>();
        var copy1 = await db1.Articles.SingleAsync(a => a.Id == article.Id);
        var copy2 = await db2.Articles.SingleAsync(a => a.Id == article.Id);
        copy1.Lead = "Bản sửa của người thứ nhất";
        await db1.SaveChangesAsync();
        copy2.Lead = "Bản sửa của người thứ hai";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == article.Id).Select(a => a.Lead).SingleAsync());
        Assert.Equal("Bản sửa của người thứ nhất", stored);
    }

    [Fact]
    public async Task Slug_Duplicate_RefusedByUniqueIndex()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài giữ địa chỉ");

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => _factory.WithDbAsync(async db =>
        {
            db.Articles.Add(new Article { Title = "Bài khác", Slug = article.Slug, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("UNIQUE", error.InnerException!.Message, StringComparison.Ordinal);
    }
}
