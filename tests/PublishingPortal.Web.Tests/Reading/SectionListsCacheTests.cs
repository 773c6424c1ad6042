using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Reading;

/// <summary>
/// The section lists every reader page shows (header menu, search filter) are kept between changes (issue 12: two
/// queries less per uncached page) and dropped by the same write path as the cached pages: a page the output cache
/// never answers (each search below has a query string not asked before) shows a section change at once.
/// </summary>
public sealed class SectionListsCacheTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public SectionListsCacheTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SectionCreatedRenamedHidden_UncachedPagesShowEachChangeAtOnce()
    {
        var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        using var reader = _factory.CreateReader();

        // The lists are kept before the section exists; creating it must drop them.
        Assert.DoesNotContain("Nông nghiệp giữ", MenuNames(await FreshSearchAsync(reader)));
        using (var created = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string> { ["Name"] = "Nông nghiệp giữ" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var id = await _factory.WithDbAsync(db => db.Categories.Where(c => c.Name == "Nông nghiệp giữ").Select(c => c.Id).SingleAsync());
        var page = await FreshSearchAsync(reader);
        Assert.Contains("Nông nghiệp giữ", MenuNames(page));
        Assert.Contains("Nông nghiệp giữ", FilterNames(page));

        using (var renamed = await admin.SubmitAsync($"/admin/chuyen-muc/{id}", new Dictionary<string, string> { ["Name"] = "Nông nghiệp đổi" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        page = await FreshSearchAsync(reader);
        Assert.Contains("Nông nghiệp đổi", MenuNames(page));
        Assert.DoesNotContain("Nông nghiệp giữ", MenuNames(page));
        Assert.Contains("Nông nghiệp đổi", FilterNames(page));
        Assert.DoesNotContain("Nông nghiệp giữ", FilterNames(page));

        using (var hidden = await admin.SubmitAsync($"/admin/chuyen-muc/{id}", new Dictionary<string, string> { ["ShowInMenu"] = "false" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        }

        // Hidden from the menu, still a search filter.
        page = await FreshSearchAsync(reader);
        Assert.DoesNotContain("Nông nghiệp đổi", MenuNames(page));
        Assert.Contains("Nông nghiệp đổi", FilterNames(page));
        admin.Dispose();
    }

    // A query string never asked before: the output cache has no page for it, so the layout is built now.
    private static Task<IHtmlDocument> FreshSearchAsync(HttpClient reader) =>
        PortalFactory.GetDocumentAsync(reader, "/tim-kiem?q=lua" + Guid.NewGuid().ToString("N")[..8]);

    private static List<string> MenuNames(IHtmlDocument page) =>
        page.QuerySelectorAll(".site-header .section-menu a").Select(a => a.TextContent).ToList();

    private static List<string> FilterNames(IHtmlDocument page) =>
        page.QuerySelectorAll("#search-category option").Select(o => o.TextContent).ToList();
}
