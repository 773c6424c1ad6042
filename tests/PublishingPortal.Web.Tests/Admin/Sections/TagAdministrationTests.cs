using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Sections;

/// <summary>Tags at <c>/admin/tu-khoa</c>: list with counts and search, rename, merge, delete, each refusal, 403 for others.</summary>
public sealed class TagAdministrationTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public TagAdministrationTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task List_CountsAndSearchIgnoringAccents()
    {
        var suffix = Suffix();
        await TaggedArticleAsync("Bài nông nghiệp 1", "Nông nghiệp " + suffix);
        await TaggedArticleAsync("Bài nông nghiệp 2", "Nông nghiệp " + suffix, "Chè " + suffix);
        using var admin = await AdminAsync();

        var page = await admin.GetDocumentAsync("/admin/tu-khoa?q=" + Uri.EscapeDataString("nong nghiep " + suffix));
        var rows = page.QuerySelectorAll("tr[data-tag-id]").ToList();
        var row = Assert.Single(rows);
        Assert.Equal("Nông nghiệp " + suffix, row.QuerySelector("a")!.TextContent);
        Assert.Equal("2", row.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task Rename_SavedAuditedAndReaderTagPageFollows_ClashRefused()
    {
        var suffix = Suffix();
        var article = await TaggedArticleAsync("Bài đổi tên từ khóa", "Cũ " + suffix);
        await TaggedArticleAsync("Bài từ khóa khác", "Khác " + suffix);
        var id = await TagIdAsync("Cũ " + suffix);
        using var admin = await AdminAsync();

        using (var clash = await admin.SubmitAsync($"/admin/tu-khoa/{id}", new Dictionary<string, string> { ["name"] = "khác " + suffix }, "form[action$='/" + Id(id) + "']"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
            Assert.Contains($"Đã có từ khóa \"Khác {suffix}\"", await ErrorsAsync(clash), StringComparison.Ordinal);
        }

        using (var blank = await admin.SubmitAsync($"/admin/tu-khoa/{id}", new Dictionary<string, string> { ["name"] = " " }, "form[action$='/" + Id(id) + "']"))
        {
            Assert.Contains("Hãy nhập tên từ khóa.", await ErrorsAsync(blank), StringComparison.Ordinal);
        }

        Assert.Equal("Cũ " + suffix, await _factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));

        using (var renamed = await admin.SubmitAsync($"/admin/tu-khoa/{id}", new Dictionary<string, string> { ["name"] = "Mới " + suffix }, "form[action$='/" + Id(id) + "']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        var tag = await _factory.WithDbAsync(db => db.Tags.SingleAsync(t => t.Id == id));
        Assert.Equal("Mới " + suffix, tag.Name);
        Assert.Equal("moi-" + suffix, tag.Slug);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TagChanged && e.Target == "Tag:" + Id(id))));
        using var reader = _factory.CreateReader();
        var list = await PortalFactory.GetDocumentAsync(reader, "/tu-khoa/moi-" + suffix);
        Assert.Contains(list.QuerySelectorAll("a"), a => a.TextContent.Contains(article.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_ArticlesKeepOneOfEach_IntoItselfRefused()
    {
        var suffix = Suffix();
        var both = await TaggedArticleAsync("Bài mang cả hai", "Gộp đi " + suffix, "Ở lại " + suffix);
        var onlyGoing = await TaggedArticleAsync("Bài chỉ mang từ bị gộp", "Gộp đi " + suffix);
        var going = await TagIdAsync("Gộp đi " + suffix);
        var staying = await TagIdAsync("Ở lại " + suffix);
        using var admin = await AdminAsync();

        using (var itself = await admin.SubmitAsync($"/admin/tu-khoa/{going}", new Dictionary<string, string> { ["vao"] = Id(going) }, "form[action$='/gop']"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, itself.StatusCode);
            Assert.Contains("Không gộp được một từ khóa vào chính nó.", await ErrorsAsync(itself), StringComparison.Ordinal);
        }

        using (var none = await admin.SubmitAsync($"/admin/tu-khoa/{going}", new Dictionary<string, string> { ["vao"] = "" }, "form[action$='/gop']"))
        {
            Assert.Contains("Hãy chọn từ khóa có trong danh sách để gộp vào.", await ErrorsAsync(none), StringComparison.Ordinal);
        }

        Assert.True(await _factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == going)));

        using (var merged = await admin.SubmitAsync($"/admin/tu-khoa/{going}", new Dictionary<string, string> { ["vao"] = Id(staying) }, "form[action$='/gop']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == going)));
        Assert.Equal(["Ở lại " + suffix], await TagsOfAsync(both.Id));
        Assert.Equal(["Ở lại " + suffix], await TagsOfAsync(onlyGoing.Id));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TagChanged && e.Target == "Tag:" + Id(going) && e.Details.Contains("Gộp"))));
    }

    [Fact]
    public async Task Delete_ArticlesLoseTagOnly()
    {
        var suffix = Suffix();
        var article = await TaggedArticleAsync("Bài mất từ khóa", "Xoá " + suffix, "Giữ " + suffix);
        var id = await TagIdAsync("Xoá " + suffix);
        using var admin = await AdminAsync();

        using (var deleted = await admin.SubmitAsync($"/admin/tu-khoa/{id}", null, "section.danger form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == id)));
        Assert.Equal(["Giữ " + suffix], await TagsOfAsync(article.Id));
        using var unknown = await admin.Http.GetAsync($"/admin/tu-khoa/{id}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task NonAdministrator_Forbidden()
    {
        await TaggedArticleAsync("Bài từ khóa cấm", "Cấm " + Suffix());
        var id = await _factory.WithDbAsync(db => db.Tags.Select(t => t.Id).FirstAsync());
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (editor)
        {
            using var list = await editor.Http.GetAsync("/admin/tu-khoa");
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            using var page = await editor.Http.GetAsync($"/admin/tu-khoa/{id}");
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            var token = (await editor.GetDocumentAsync("/admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var url in new[] { $"/admin/tu-khoa/{id}", $"/admin/tu-khoa/{id}/gop", $"/admin/tu-khoa/{id}/xoa" })
            {
                using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("name", "x"), new("vao", "1")]);
                using var post = await editor.Http.PostAsync(url, content);
                Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            }
        }

        Assert.True(await _factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == id)));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".form-errors")?.TextContent ?? "";

    private async Task<BrowserLikeClient> AdminAsync() =>
        (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;

    private Task<int> TagIdAsync(string name) => _factory.WithDbAsync(db => db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    private Task<List<string>> TagsOfAsync(int articleId) =>
        _factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Tags).Select(t => t.Name).ToListAsync());

    private async Task<Article> TaggedArticleAsync(string title, params string[] tags)
    {
        var article = await TestArticles.AddAsync(_factory, title);
        await _factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            foreach (var name in tags)
            {
                var slug = Slugs.FromTitle(name);
                stored.Tags.Add(await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug) ?? new Tag { Name = name, Slug = slug });
            }

            return await db.SaveChangesAsync();
        });
        return article;
    }
}
