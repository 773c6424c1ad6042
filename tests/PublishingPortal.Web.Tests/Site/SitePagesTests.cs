using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Site;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Site;

/// <summary>Site pages: the demo seed, readers' /trang/{slug} and /en/{slug}, admin create/edit/delete, rights.</summary>
public sealed class SitePagesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SitePagesTests(PortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task FreshDatabase_HasDemoPages_WithEnglishVersions_LinkedBothWays()
    {
        using var reader = _factory.CreateReader();
        var about = await PortalFactory.GetDocumentAsync(reader, "/trang/gioi-thieu");
        Assert.Equal("vi", about.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Giới thiệu", about.QuerySelector("main h1")!.TextContent);
        Assert.EndsWith("/trang/gioi-thieu", Alternate(about, "vi"), StringComparison.Ordinal);
        Assert.EndsWith("/en/about", Alternate(about, "en"), StringComparison.Ordinal);
        var toEnglish = about.QuerySelector(".language-switch a")!;
        Assert.Equal("/en/about", toEnglish.GetAttribute("href"));
        Assert.Equal("en", toEnglish.GetAttribute("lang"));

        var english = await PortalFactory.GetDocumentAsync(reader, "/en/about");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("About", english.QuerySelector("main h1")!.TextContent);
        Assert.EndsWith("/trang/gioi-thieu", Alternate(english, "vi"), StringComparison.Ordinal);
        Assert.EndsWith("/en/about", Alternate(english, "en"), StringComparison.Ordinal);
        Assert.Equal("/trang/gioi-thieu", english.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Contains("Editorial Board", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The layout around an English page speaks English; the Vietnamese names it shows are marked as such.
        Assert.Equal("Skip to main content", english.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Search", english.QuerySelector(".site-search button")!.TextContent);
        Assert.Equal("vi", english.QuerySelector(".site-name span")!.GetAttribute("lang"));
        Assert.Equal("vi", english.QuerySelector(".section-menu")!.GetAttribute("lang"));
        var englishFooter = english.QuerySelectorAll(".site-footer .footer-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en/about", englishFooter);
        Assert.Contains("/en/contact", englishFooter);
        Assert.DoesNotContain("/trang/gioi-thieu", englishFooter);
        Assert.Equal("Bỏ qua, đến nội dung chính", about.QuerySelector(".skip-link")!.TextContent);
        Assert.Null(about.QuerySelector(".site-name span")!.GetAttribute("lang"));

        var contact = await PortalFactory.GetDocumentAsync(reader, "/en/contact");
        Assert.Equal("Contact", contact.QuerySelector("main h1")!.TextContent);

        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var footerLinks = home.QuerySelectorAll(".site-footer .footer-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/trang/gioi-thieu", footerLinks);
        Assert.Contains("/trang/lien-he", footerLinks);
        Assert.Contains("/rss", footerLinks);
    }

    [Theory]
    [InlineData("/trang/khong-co-trang-nay")]
    [InlineData("/en/no-such-page")]
    [InlineData("/en/gioi-thieu")]
    [InlineData("/trang/about")]
    [InlineData("/trang/Gioi-Thieu")]
    public async Task UnknownSlug_404(string url)
    {
        using var reader = _factory.CreateReader();
        using var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Admin_CreatesEditsAndDeletesPageWithEnglishVersion_ReadersSeeEachStep_Audited()
    {
        using var reader = _factory.CreateReader();
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        await PortalFactory.GetDocumentAsync(reader, "/"); // cached before the change
        var slug = "co-cau-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await admin.SubmitAsync("/admin/trang/tao-moi", new Dictionary<string, string>
        {
            ["Title"] = "Cơ cấu tổ chức",
            ["Slug"] = slug,
            ["BodyMarkdown"] = "## Lãnh đạo\n\n- Giám đốc\n- Phó Giám đốc",
            ["SortOrder"] = "3",
        }, "#site-page-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await _factory.WithDbAsync(db => db.SitePages.AsNoTracking().SingleAsync(p => p.Slug == slug));
        Assert.True(page.ShowInFooter); // the new-page form ticks it
        Assert.Equal($"/admin/trang/{page.Id}", created.Headers.Location!.OriginalString);

        var shown = await PortalFactory.GetDocumentAsync(reader, "/trang/" + slug);
        Assert.Equal("Lãnh đạo", shown.QuerySelector("main h2")!.TextContent);
        Assert.Null(shown.QuerySelector(".language-switch"));
        Assert.Null(Alternate(shown, "en"));
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Equal("Cơ cấu tổ chức", home.QuerySelector($".site-footer a[href='/trang/{slug}']")!.TextContent);

        using var english = await admin.SubmitAsync($"/admin/trang/{page.Id}/ban-tieng-anh", new Dictionary<string, string>
        {
            ["Title"] = "Organisation",
            ["Slug"] = slug + "-en",
            ["BodyMarkdown"] = "## Leadership\n\n- Director",
        }, "#site-page-form");
        Assert.Equal(HttpStatusCode.Redirect, english.StatusCode);
        var en = await PortalFactory.GetDocumentAsync(reader, $"/en/{slug}-en");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith("/trang/" + slug, Alternate(en, "vi"), StringComparison.Ordinal);
        var vi = await PortalFactory.GetDocumentAsync(reader, "/trang/" + slug);
        Assert.EndsWith($"/en/{slug}-en", Alternate(vi, "en"), StringComparison.Ordinal);
        Assert.Equal($"/en/{slug}-en", vi.QuerySelector(".language-switch a")!.GetAttribute("href"));

        // A second English version of the same page is not created: the form leads to the existing one.
        using var again = await admin.Http.GetAsync($"/admin/trang/{page.Id}/ban-tieng-anh");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        using var edited = await admin.SubmitAsync($"/admin/trang/{page.Id}", new Dictionary<string, string>
        {
            ["Title"] = "Tổ chức bộ máy",
            ["ShowInMenu"] = "true",
        }, "#site-page-form");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Equal("Tổ chức bộ máy", home.QuerySelector($".site-footer a[href='/trang/{slug}']")!.TextContent);
        Assert.Equal("Tổ chức bộ máy", home.QuerySelector($".site-header nav a[href='/trang/{slug}']")!.TextContent);

        var delete = (IHtmlFormElement)(await admin.GetDocumentAsync($"/admin/trang/{page.Id}")).QuerySelector("form.danger-zone")!;
        using var deleted = await admin.SubmitAsync(delete, $"/admin/trang/{page.Id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/trang/" + slug)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/en/{slug}-en")).StatusCode);
        home = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Null(home.QuerySelector($".site-footer a[href='/trang/{slug}']"));

        var target = "SitePage:" + page.Id;
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target == target).Select(e => e.Action).ToListAsync());
        Assert.Equal([SiteAuditActions.PageCreated, SiteAuditActions.PageSaved, SiteAuditActions.PageDeleted], actions);
    }

    [Theory]
    [InlineData("Title", "", "Tiêu đề cần từ 1 đến 200 ký tự.")]
    [InlineData("Slug", "Có Dấu", "Đường dẫn chỉ gồm chữ thường không dấu")]
    [InlineData("Slug", "gioi-thieu", "Đường dẫn này đã có trang khác dùng")]
    [InlineData("SortOrder", "-1", "Thứ tự là số từ 0 đến 10000.")]
    public async Task Create_Invalid_VietnameseMessage_NothingStored(string field, string value, string message)
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var count = await _factory.WithDbAsync(db => db.SitePages.CountAsync());
        var fields = new Dictionary<string, string> { ["Title"] = "Trang thử", ["Slug"] = "trang-thu-" + Guid.NewGuid().ToString("N")[..6] };
        fields[field] = value;

        using var response = await admin.SubmitAsync("/admin/trang/tao-moi", fields, "#site-page-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await _factory.WithDbAsync(db => db.SitePages.CountAsync()));
    }

    [Fact]
    public async Task AdminPages_UseTheArticleEditor()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var form = await admin.GetDocumentAsync("/admin/trang/tao-moi");
        Assert.NotNull(form.QuerySelector("form[data-rich-editor] textarea[name=BodyMarkdown]"));
        Assert.NotNull(form.QuerySelector("script[src^='/js/article-editor.js']"));
        Assert.NotNull(form.QuerySelector("script[src^='/lib/prosemirror/prosemirror.min.js']"));
        var list = await admin.GetDocumentAsync("/admin/trang");
        Assert.NotNull(list.QuerySelector("a[href='/en/about']"));
    }

    [Theory]
    [InlineData(NewsroomRoles.Publisher)]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Reporter)]
    public async Task NonAdministrator_Forbidden(string role)
    {
        using var client = (await StaffAccounts.SignInAsNewAsync(_factory, role)).Client;
        var id = await _factory.WithDbAsync(db => db.SitePages.Where(p => p.Slug == "gioi-thieu").Select(p => p.Id).SingleAsync());
        foreach (var url in new[] { "/admin/trang", "/admin/trang/tao-moi", $"/admin/trang/{id}", $"/admin/trang/{id}/ban-tieng-anh" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).Response.StatusCode);
        }

        var token = (await client.GetDocumentAsync("/admin/ho-so")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/trang/{id}/xoa")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.SitePages.AnyAsync(p => p.Id == id)));
    }

    private static string? Alternate(IHtmlDocument document, string language) =>
        document.QuerySelector($"link[rel=alternate][hreflang={language}]")?.GetAttribute("href");
}
