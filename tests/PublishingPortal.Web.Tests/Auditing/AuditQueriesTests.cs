using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Areas.Admin.Models.Audit;
using PublishingPortal.Web.Auditing;

namespace PublishingPortal.Web.Tests.Auditing;

// The query behind /admin/nhat-ky, called directly. The HTTP tests (Admin/Audit) cover the filters end to end.
public sealed class AuditQueriesTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public AuditQueriesTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task PageAsync_UnreadableFilter_ErrorsNoEntriesOneEmptyPage()
    {
        var page = await PageAsync(new AuditFilter { From = "31/02/2024", IpAddress = "<script>" }, 3);

        Assert.Equal(2, page.Errors.Count);
        Assert.Empty(page.Items);
        Assert.Equal(0, page.Paging.Total);
        Assert.Equal(1, page.Paging.PageCount);
        Assert.Equal(AuditActions.Labels.Count, page.Actions.Count);
    }

    [Fact]
    public async Task PageAsync_PagePastTheEnd_LastPageNewestFirstInSiteTime()
    {
        var marker = "truy-van-" + Guid.NewGuid().ToString("N")[..8];
        var first = new DateTimeOffset(2024, 4, 24, 17, 0, 0, TimeSpan.Zero); // 25/04/2024 00:00:00 in Hà Nội
        await _factory.WithDbAsync(db =>
        {
            db.AuditEntries.AddRange(Enumerable.Range(0, AuditPage.PageSize + 3).Select(i => new AuditEntry
            {
                At = first.AddSeconds(i),
                UserName = marker,
                Action = AuditActions.SignIn,
                Details = "muc-" + i,
            }));
            return db.SaveChangesAsync();
        });

        var page = await PageAsync(new AuditFilter { User = marker }, 99);

        Assert.Empty(page.Errors);
        Assert.Equal(2, page.Paging.Page);
        Assert.Equal(AuditPage.PageSize + 3, page.Paging.Total);
        Assert.Equal(["muc-2", "muc-1", "muc-0"], page.Items.Select(i => i.Details));
        Assert.Equal("25/04/2024 00:00:00", page.Items[^1].At);
        Assert.Equal("2024-04-25T00:00:00+07:00", page.Items[^1].AtIso);
        Assert.Equal("Đăng nhập", page.Items[^1].Action);
    }

    [Fact]
    public async Task PageAsync_LikeWildcardsInUserFilter_TakenLiterally()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await _factory.WithDbAsync(db =>
        {
            db.AuditEntries.AddRange(
                new AuditEntry { At = DateTimeOffset.UtcNow, UserName = marker + "_a%b", Action = AuditActions.SignIn, Details = "co-ky-tu" },
                new AuditEntry { At = DateTimeOffset.UtcNow, UserName = marker + "xaxxb", Action = AuditActions.SignIn, Details = "khong" });
            return db.SaveChangesAsync();
        });

        var page = await PageAsync(new AuditFilter { User = marker + "_a%b" }, 1);

        Assert.Equal(["co-ky-tu"], page.Items.Select(i => i.Details));
    }

    private async Task<AuditPage> PageAsync(AuditFilter filter, int page)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditQueries>().PageAsync(filter, page);
    }
}
