using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Sections;

/// <summary>
/// Sections at <c>/admin/chuyen-muc</c> through real HTTP with a real administrator's sign-in: each action, each
/// refusal (with its Vietnamese message and nothing changed), the 301 from a renamed section's old slug, the
/// readers' menu changing at once (output cache evicted), and 403 for other roles.
/// </summary>
public sealed class CategoryAdministrationTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public CategoryAdministrationTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Create_ShownInMenu_ReaderMenuShowsItAtOnceAndAudited()
    {
        using var admin = await AdminAsync();
        using var reader = _factory.CreateReader();
        // The home page is cached before the section exists; the creation must evict it.
        var before = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.DoesNotContain("Thể thao mới", before.QuerySelector(".site-header")!.TextContent, StringComparison.Ordinal);

        using var response = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string>
        {
            ["Name"] = "Thể thao mới",
            ["Slug"] = "",
            ["Description"] = "Tin thể thao của tỉnh.",
            ["MetaDescription"] = "Thể thao tỉnh: bóng đá, điền kinh.",
        }, "form.category-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/chuyen-muc", response.Headers.Location!.OriginalString);
        var created = await _factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Thể thao mới"));
        Assert.Equal("the-thao-moi", created.Slug);
        Assert.True(created.ShowInMenu);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CategoryChanged && e.Target == "Category:" + created.Id)));

        var after = await PortalFactory.GetDocumentAsync(reader, "/");
        var link = after.QuerySelectorAll(".site-header details.section-menu a").SingleOrDefault(a => a.TextContent == "Thể thao mới");
        Assert.NotNull(link);
        Assert.Equal("/chuyen-muc/the-thao-moi", link.GetAttribute("href"));

        var section = await PortalFactory.GetDocumentAsync(reader, "/chuyen-muc/the-thao-moi");
        Assert.Equal("Thể thao tỉnh: bóng đá, điền kinh.", section.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Tin thể thao của tỉnh.", section.QuerySelector(".section-description")!.TextContent);
        Assert.Equal("page", section.QuerySelectorAll(".section-menu a").Single(a => a.TextContent == "Thể thao mới").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Create_DuplicateSlugOrBlankName_VietnameseErrorNothingCreated()
    {
        using var admin = await AdminAsync();
        await CreateAsync(admin, "Văn hóa");
        var count = await CountAsync();

        using var duplicate = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string> { ["Name"] = "Văn Hoá" }, "form.category-form");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("Đường dẫn \"van-hoa\" đã được chuyên mục \"Văn hóa\" dùng.", await ErrorsAsync(duplicate), StringComparison.Ordinal);

        using var blank = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string> { ["Name"] = "  " }, "form.category-form");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Hãy nhập tên chuyên mục.", await ErrorsAsync(blank), StringComparison.Ordinal);

        using var symbols = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", new Dictionary<string, string> { ["Name"] = "Ký hiệu", ["Slug"] = "!!!" }, "form.category-form");
        Assert.Contains("Đường dẫn phải có ít nhất một chữ cái hoặc chữ số.", await ErrorsAsync(symbols), StringComparison.Ordinal);

        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Rename_NewSlug_OldSlugAnswers301WithPage()
    {
        using var admin = await AdminAsync();
        var id = await CreateAsync(admin, "Thời sự cũ");
        using var reader = _factory.CreateReader();
        await PortalFactory.GetDocumentAsync(reader, "/chuyen-muc/thoi-su-cu");

        using var response = await admin.SubmitAsync($"/admin/chuyen-muc/{id}", new Dictionary<string, string> { ["Name"] = "Thời sự", ["Slug"] = "thoi-su-moi" }, "form.category-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var old = await reader.GetAsync("/chuyen-muc/thoi-su-cu");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/chuyen-muc/thoi-su-moi", old.Headers.Location!.OriginalString);
        using var oldPaged = await reader.GetAsync("/chuyen-muc/thoi-su-cu?trang=2");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldPaged.StatusCode);
        Assert.Equal("/chuyen-muc/thoi-su-moi?trang=2", oldPaged.Headers.Location!.OriginalString);
        var current = await PortalFactory.GetDocumentAsync(reader, "/chuyen-muc/thoi-su-moi");
        Assert.Equal("Thời sự", current.QuerySelector("h1")!.TextContent.Replace("Chuyên mục: ", "", StringComparison.Ordinal));
        using var never = await reader.GetAsync("/chuyen-muc/chua-tung-co");
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);

        // Renaming back takes the old slug again: it stops redirecting and the other one redirects instead.
        using var back = await admin.SubmitAsync($"/admin/chuyen-muc/{id}", new Dictionary<string, string> { ["Slug"] = "thoi-su-cu" }, "form.category-form");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        using var again = await reader.GetAsync("/chuyen-muc/thoi-su-moi");
        Assert.Equal(HttpStatusCode.MovedPermanently, again.StatusCode);
        Assert.Equal("/chuyen-muc/thoi-su-cu", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Nest_OneLevelAllowed_TwoLevelsRefused_MenuShowsChildUnderParent()
    {
        using var admin = await AdminAsync();
        var parent = await CreateAsync(admin, "Tin tức lồng");
        var child = await CreateAsync(admin, "Thời sự lồng", parent);
        var grandchild = await CreateAsync(admin, "Cấp ba lồng");

        using var tooDeep = await admin.SubmitAsync($"/admin/chuyen-muc/{grandchild}", new Dictionary<string, string> { ["ParentId"] = child.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form.category-form");
        Assert.Equal(HttpStatusCode.OK, tooDeep.StatusCode);
        Assert.Contains("Chuyên mục chỉ lồng một cấp: \"Thời sự lồng\" đã là chuyên mục con", await ErrorsAsync(tooDeep), StringComparison.Ordinal);
        Assert.Null(await _factory.WithDbAsync(db => db.Categories.Where(c => c.Id == grandchild).Select(c => c.ParentId).SingleAsync()));

        // A parent with children cannot itself go under another section.
        using var parentDown = await admin.SubmitAsync($"/admin/chuyen-muc/{parent}", new Dictionary<string, string> { ["ParentId"] = grandchild.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form.category-form");
        Assert.Contains("đang có chuyên mục con", await ErrorsAsync(parentDown), StringComparison.Ordinal);

        // Posting itself as its own parent.
        using var self = await admin.SubmitAsync($"/admin/chuyen-muc/{grandchild}", new Dictionary<string, string> { ["ParentId"] = grandchild.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form.category-form");
        Assert.Contains("Hãy chọn một chuyên mục cha có trong danh sách.", await ErrorsAsync(self), StringComparison.Ordinal);

        using var reader = _factory.CreateReader();
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var parentItem = home.QuerySelectorAll(".section-menu-list > li").Single(li => li.QuerySelector("a")!.TextContent == "Tin tức lồng");
        Assert.Equal(["Thời sự lồng"], parentItem.QuerySelectorAll(".section-menu-children a").Select(a => a.TextContent));
        Assert.DoesNotContain(home.QuerySelectorAll(".section-menu-list > li > a"), a => a.TextContent == "Thời sự lồng");

        var list = await admin.GetDocumentAsync("/admin/chuyen-muc");
        var rows = list.QuerySelectorAll("tr[data-category-id]").Select(r => r.GetAttribute("data-category-id")).ToList();
        Assert.Equal(rows.IndexOf(parent.ToString(System.Globalization.CultureInfo.InvariantCulture)) + 1, rows.IndexOf(child.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Order_UpDownAndPosition_MenuFollows_HiddenSectionLeavesMenu()
    {
        var factory = _factory;
        using var admin = await AdminAsync(factory);
        var a = await CreateAsync(admin, "Một", factory: factory);
        var b = await CreateAsync(admin, "Hai", factory: factory);
        var c = await CreateAsync(admin, "Ba", factory: factory);
        using var reader = factory.CreateReader();
        Assert.Equal(["Một", "Hai", "Ba"], await MenuAsync(reader));

        using (var up = await admin.SubmitAsync("/admin/chuyen-muc", null, $"tr[data-category-id='{c}'] form", "huong", "len"))
        {
            Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        }

        Assert.Equal(["Một", "Ba", "Hai"], await MenuAsync(reader));

        // The last cannot go lower: a message, nothing moves.
        using (var bottom = await PostAsync(admin, $"/admin/chuyen-muc/{b}/di-chuyen", new() { ["huong"] = "xuong" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, bottom.StatusCode);
        }

        Assert.Contains("\"Hai\" đã ở cuối danh sách.", (await admin.GetDocumentAsync("/admin/chuyen-muc")).QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Một", "Ba", "Hai"], await MenuAsync(reader));

        using (var position = await admin.SubmitAsync($"/admin/chuyen-muc/{b}", new Dictionary<string, string> { ["Position"] = "1" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, position.StatusCode);
        }

        Assert.Equal(["Hai", "Một", "Ba"], await MenuAsync(reader));

        using (var hide = await admin.SubmitAsync($"/admin/chuyen-muc/{a}", new Dictionary<string, string> { ["ShowInMenu"] = "false" }, "form.category-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        }

        Assert.Equal(["Hai", "Ba"], await MenuAsync(reader));
        string[] mine = ["Một", "Hai", "Ba"];
        var orders = await factory.WithDbAsync(db => db.Categories.Where(x => mine.Contains(x.Name)).OrderBy(x => x.SortOrder).Select(x => x.Name).ToListAsync());
        Assert.Equal(["Hai", "Một", "Ba"], orders);
    }

    [Fact]
    public async Task Delete_WithArticles_RefusedThenMovedAndDeleted_EmptyDeletedAtOnce()
    {
        using var admin = await AdminAsync();
        var full = await CreateAsync(admin, "Có bài xoá");
        var target = await CreateAsync(admin, "Nhận bài xoá");
        var empty = await CreateAsync(admin, "Trống xoá");
        var article = await TestArticles.AddAsync(_factory, "Bài trong chuyên mục sắp xoá");
        await _factory.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(x => x.Id == article.Id)).CategoryId = full;
            return await db.SaveChangesAsync();
        });

        using (var refused = await PostAsync(admin, $"/admin/chuyen-muc/{full}/xoa", []))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Không xoá được \"Có bài xoá\": chuyên mục còn 1 bài viết. Hãy chuyển các bài sang chuyên mục khác trước.", await ErrorsAsync(refused), StringComparison.Ordinal);
        }

        Assert.True(await _factory.WithDbAsync(db => db.Categories.AnyAsync(x => x.Id == full)));

        using (var intoItself = await PostAsync(admin, $"/admin/chuyen-muc/{full}/xoa", new() { ["chuyenSang"] = full.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, intoItself.StatusCode);
            Assert.Contains("Hãy chọn một chuyên mục khác", await ErrorsAsync(intoItself), StringComparison.Ordinal);
        }

        var page = await admin.GetDocumentAsync($"/admin/chuyen-muc/{full}");
        Assert.Contains("Chuyên mục còn 1 bài viết.", page.QuerySelector("section.danger")!.TextContent, StringComparison.Ordinal);
        using (var moved = await admin.SubmitAsync($"/admin/chuyen-muc/{full}", new Dictionary<string, string> { ["chuyenSang"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "section.danger form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Categories.AnyAsync(x => x.Id == full)));
        Assert.Equal(target, await _factory.WithDbAsync(db => db.Articles.Where(x => x.Id == article.Id).Select(x => x.CategoryId).SingleAsync()));

        using (var gone = await admin.SubmitAsync($"/admin/chuyen-muc/{empty}", null, "section.danger form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Categories.AnyAsync(x => x.Id == empty)));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.CategoryChanged && e.Details.StartsWith("Xoá chuyên mục"))));
    }

    [Fact]
    public async Task Delete_ParentWithChildren_Refused()
    {
        using var admin = await AdminAsync();
        var parent = await CreateAsync(admin, "Cha còn con");
        await CreateAsync(admin, "Con của cha", parent);

        using var refused = await PostAsync(admin, $"/admin/chuyen-muc/{parent}/xoa", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("chuyên mục còn chuyên mục con", await ErrorsAsync(refused), StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.Categories.AnyAsync(x => x.Id == parent)));
    }

    [Fact]
    public async Task UnknownId_404()
    {
        using var admin = await AdminAsync();
        using var get = await admin.Http.GetAsync("/admin/chuyen-muc/999999");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var delete = await PostAsync(admin, "/admin/chuyen-muc/999999/xoa", []);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using var move = await PostAsync(admin, "/admin/chuyen-muc/999999/di-chuyen", new() { ["huong"] = "len" });
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
    }

    [Theory]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Publisher)]
    [InlineData(NewsroomRoles.Reporter)]
    public async Task NonAdministrator_Forbidden(string role)
    {
        var id = await _factory.WithDbAsync(async db =>
        {
            var category = new Category { Name = "Cấm " + role, Slug = "cam-" + role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6] };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            return category.Id;
        });
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            foreach (var url in new[] { "/admin/chuyen-muc", "/admin/chuyen-muc/tao-moi", $"/admin/chuyen-muc/{id}", "/admin/tu-khoa" })
            {
                using var get = await client.Http.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            }

            foreach (var url in new[] { "/admin/chuyen-muc/tao-moi", $"/admin/chuyen-muc/{id}", $"/admin/chuyen-muc/{id}/xoa", $"/admin/chuyen-muc/{id}/di-chuyen" })
            {
                using var post = await PostAsync(client, url, new() { ["Name"] = "Đổi", ["huong"] = "len" });
                Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            }

            var menu = await client.GetDocumentAsync("/admin");
            Assert.Null(menu.QuerySelector("a[href='/admin/chuyen-muc']"));
        }

        Assert.Equal("Cấm " + role, await _factory.WithDbAsync(db => db.Categories.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }

    // Only this test's three sections: other tests of the class add theirs to the same site.
    private static async Task<List<string>> MenuAsync(HttpClient reader) =>
        (await PortalFactory.GetDocumentAsync(reader, "/")).QuerySelectorAll(".section-menu-list > li > a").Select(a => a.TextContent)
            .Where(name => name is "Một" or "Hai" or "Ba").ToList();

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".form-errors")?.TextContent ?? "";

    private static async Task<HttpResponseMessage> PostAsync(BrowserLikeClient client, string url, Dictionary<string, string> values)
    {
        var page = await client.GetDocumentAsync("/admin");
        values["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(url, content);
    }

    private Task<BrowserLikeClient> AdminAsync() => AdminAsync(_factory);

    private static async Task<BrowserLikeClient> AdminAsync(PortalFactory factory) =>
        (await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Administrator)).Client;

    private Task<int> CountAsync() => _factory.WithDbAsync(db => db.Categories.CountAsync());

    private async Task<int> CreateAsync(BrowserLikeClient admin, string name, int? parentId = null, PortalFactory? factory = null)
    {
        factory ??= _factory;
        var values = new Dictionary<string, string> { ["Name"] = name };
        if (parentId is { } parent)
        {
            values["ParentId"] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var response = await admin.SubmitAsync("/admin/chuyen-muc/tao-moi", values, "form.category-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
    }
}
