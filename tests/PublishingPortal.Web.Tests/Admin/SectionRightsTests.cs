using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin;

/// <summary>
/// Per-section rights (issue 11) through real HTTP: role × action × section. Each reporter, editor and publisher is
/// limited to section A (every right) and acts on articles in A (allowed, the article changes) and in B (403, nothing
/// changes). The expectations are written out by hand in <see cref="SectionRightsCases"/>, not computed from the
/// code under test. Also: a parent section includes its children, an article without a section is closed to a
/// limited account, creating or moving into B is a field error, the dropdown and the list show a limited account its
/// sections, the account form saves and shows the choice and a change applies on the next request, and the home
/// page's section blocks follow the site settings' order.
/// </summary>
public abstract class SectionRightsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private readonly TFactory _factory;

    protected SectionRightsTests(TFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(SectionRightsCases.Matrix), MemberType = typeof(SectionRightsCases))]
    public async Task Action_LimitedToSectionA_AllowedInAAnd403InB(string role, string action, ArticleStatus before, bool own, bool inA)
    {
        var (a, _, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            await LimitAsync(user.Id, a);
            var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
            var statusBeforeTrash = before == ArticleStatus.Trashed ? (role == NewsroomRoles.Publisher ? ArticleStatus.Published : ArticleStatus.Draft) : (ArticleStatus?)null;
            var article = await ArticleAsync($"Quyền {role} {action} {before} {inA}", before, own ? user.Id : other.Id, inA ? a : b, statusBeforeTrash);
            var stored = await SnapshotAsync(article.Id);
            var label = $"{role} {action} {before} own={own} in {(inA ? "A" : "B")}";

            if (action == "edit")
            {
                using var page = await client.Http.GetAsync($"/admin/bai-viet/{article.Id}");
                Assert.True(inA ? page.StatusCode == HttpStatusCode.OK : page.StatusCode == HttpStatusCode.Forbidden, $"{label}: GET {(int)page.StatusCode}");
                if (!inA)
                {
                    // The save itself is refused too, not only the page: a POST built from the form's fields.
                    using var save = await PostAsync(client, $"/admin/bai-viet/{article.Id}", new()
                    {
                        ["Title"] = "Tiêu đề đã bị sửa",
                        ["Lead"] = "Sapo",
                        ["BodyMarkdown"] = "Nội dung",
                        ["CategoryId"] = b.ToString(CultureInfo.InvariantCulture),
                        ["Version"] = stored.Version.ToString("D"),
                    });
                    Assert.True(save.StatusCode == HttpStatusCode.Forbidden, $"{label}: POST {(int)save.StatusCode}");
                    Assert.Equal(stored, await SnapshotAsync(article.Id));
                }

                return;
            }

            // "xacnhan": a publisher restoring a formerly public article has confirmed (the confirmation page is DeskWorkflowPagesTests').
            using var response = await PostAsync(client, $"/admin/bai-viet/{article.Id}/{action}", new() { ["reason"] = "Cần bổ sung số liệu.", ["xacnhan"] = "1" });
            var after = await SnapshotAsync(article.Id);
            if (inA)
            {
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{label}: expected a redirect, got {(int)response.StatusCode}");
                Assert.NotEqual(before, after.Status);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{label}: expected 403, got {(int)response.StatusCode}");
                Assert.Equal(stored, after);
            }
        }
    }

    [Theory]
    [InlineData(NewsroomRoles.Reporter)]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Publisher)]
    public async Task Create_LimitedToSectionA_InAOrItsChildCreated_InBOrNoneRefusedOnTheDropdown(string role)
    {
        var (a, a1, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, role);
        using (client)
        {
            await LimitAsync(user.Id, a);

            // The dropdown offers A and its child only.
            var form = await client.GetDocumentAsync("/admin/bai-viet/tao-moi");
            var offered = form.QuerySelectorAll("select#CategoryId option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
            Assert.Equal(new[] { a, a1 }.Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(), offered.Order());

            foreach (var (section, title) in new (int? Section, string Title)[] { (b, "Bài ở chuyên mục B " + role), (null, "Bài không chuyên mục " + role) })
            {
                using var refused = await client.SubmitAsync("/admin/bai-viet/tao-moi", new Dictionary<string, string>
                {
                    ["Title"] = title,
                    ["BodyMarkdown"] = "Nội dung.",
                    ["CategoryId"] = section?.ToString(CultureInfo.InvariantCulture) ?? "",
                }, "form.article-form");
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                var page = await ParseAsync(refused);
                var error = page.QuerySelector("[data-valmsg-for=CategoryId]")?.TextContent ?? "";
                Assert.Contains("chuyên mục", error, StringComparison.OrdinalIgnoreCase);
                Assert.False(await _factory.WithDbAsync(db => db.Articles.AnyAsync(x => x.Title == title)), title);
            }

            foreach (var (section, title) in new[] { (a, "Bài ở chuyên mục A " + role), (a1, "Bài ở chuyên mục con " + role) })
            {
                using var created = await client.SubmitAsync("/admin/bai-viet/tao-moi", new Dictionary<string, string>
                {
                    ["Title"] = title,
                    ["BodyMarkdown"] = "Nội dung.",
                    ["CategoryId"] = section.ToString(CultureInfo.InvariantCulture),
                }, "form.article-form");
                Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                Assert.Equal(section, await _factory.WithDbAsync(db => db.Articles.Where(x => x.Title == title).Select(x => x.CategoryId).SingleAsync()));
            }
        }
    }

    [Fact]
    public async Task ChildSectionAndNoSection_LimitedToParent_ChildAllowedNoneRefused()
    {
        var (a, a1, _) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (client)
        {
            await LimitAsync(user.Id, a);
            var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
            var child = await ArticleAsync("Bài chuyên mục con", ArticleStatus.InReview, other.Id, a1, null);
            var none = await ArticleAsync("Bài nhập không chuyên mục", ArticleStatus.InReview, other.Id, null, null);

            using (var page = await client.Http.GetAsync($"/admin/bai-viet/{child.Id}"))
            {
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }

            using (var page = await client.Http.GetAsync($"/admin/bai-viet/{none.Id}"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            var stored = await SnapshotAsync(none.Id);
            using var sendBack = await PostAsync(client, $"/admin/bai-viet/{none.Id}/tra-lai", new() { ["reason"] = "Thiếu nguồn." });
            Assert.Equal(HttpStatusCode.Forbidden, sendBack.StatusCode);
            Assert.Equal(stored, await SnapshotAsync(none.Id));
        }
    }

    [Fact]
    public async Task Move_OwnDraftFromAToB_FieldErrorAndNothingSaved()
    {
        var (a, _, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            await LimitAsync(user.Id, a);
            var article = await ArticleAsync("Bài sẽ bị chuyển", ArticleStatus.Draft, user.Id, a, null);
            var stored = await SnapshotAsync(article.Id);

            using var response = await client.SubmitAsync($"/admin/bai-viet/{article.Id}", new Dictionary<string, string>
            {
                ["Title"] = "Tiêu đề mới sau khi chuyển",
                ["CategoryId"] = b.ToString(CultureInfo.InvariantCulture),
            }, "form.article-form");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await ParseAsync(response);
            Assert.Contains("không được chuyển bài sang chuyên mục", page.QuerySelector("[data-valmsg-for=CategoryId]")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Equal(stored, await SnapshotAsync(article.Id));
        }
    }

    [Fact]
    public async Task List_LimitedReporter_SeesSectionAAndOwnOnly()
    {
        var (a, _, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (client, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            await LimitAsync(user.Id, a);
            var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
            var tag = Guid.NewGuid().ToString("N")[..8];
            await ArticleAsync($"Danh sách {tag} của người khác ở A", ArticleStatus.Draft, other.Id, a, null);
            await ArticleAsync($"Danh sách {tag} của mình ở B", ArticleStatus.Draft, user.Id, b, null);
            await ArticleAsync($"Danh sách {tag} của người khác ở B", ArticleStatus.Draft, other.Id, b, null);

            var list = await client.GetDocumentAsync("/admin/bai-viet?q=" + tag);
            var text = list.Body!.TextContent;
            Assert.Contains("của người khác ở A", text, StringComparison.Ordinal);
            Assert.Contains("của mình ở B", text, StringComparison.Ordinal);
            Assert.DoesNotContain("của người khác ở B", text, StringComparison.Ordinal);

            // Unlimited accounts (here an editor with no grants) still see everything.
            var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
            using (editor)
            {
                Assert.Contains("của người khác ở B", (await editor.GetDocumentAsync("/admin/bai-viet?q=" + tag)).Body!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AccountForm_AdministratorGrantsSectionB_SavedShownAuditedAndLiveOnTheNextRequest()
    {
        var (a, _, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (editor, user) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using (editor)
        using (admin)
        {
            var other = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
            var inB = await ArticleAsync("Bài ở B chờ biên tập viên", ArticleStatus.InReview, other.Id, b, null);

            // Through the form: editing limited to A.
            var formPage = await admin.GetDocumentAsync($"/admin/tai-khoan/{user.Id}");
            Assert.All(formPage.QuerySelectorAll(".section-right-current"), p => Assert.Equal("Hiện tại: Tất cả chuyên mục", p.TextContent.Trim()));
            using (var saved = await SubmitAccountAsync(admin, user.Id, [("EditSections", a)]))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            using (var page = await editor.Http.GetAsync($"/admin/bai-viet/{inB.Id}"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            // Adding B applies on the editor's next request, with the same sign-in cookie.
            using (var saved = await SubmitAccountAsync(admin, user.Id, [("EditSections", a), ("EditSections", b)]))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            using (var page = await editor.Http.GetAsync($"/admin/bai-viet/{inB.Id}"))
            {
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }

            var shown = await admin.GetDocumentAsync($"/admin/tai-khoan/{user.Id}");
            var checkedEdit = shown.QuerySelectorAll("#EditSections input[type=checkbox]").Cast<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value).Order().ToList();
            Assert.Equal(new[] { a, b }.Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(), checkedEdit);
            Assert.Equal("Hiện tại: Tất cả chuyên mục", shown.QuerySelector("#WriteSections .section-right-current")!.TextContent.Trim());
            Assert.StartsWith("Hiện tại: Mục A", shown.QuerySelector("#EditSections .section-right-current")!.TextContent.Trim(), StringComparison.Ordinal);

            var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
                .Where(e => e.Target == "User:" + user.Id && e.Action == AuditActions.SectionRightsChanged).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
            Assert.Equal(2, audit.Count);
            Assert.EndsWith(": Viết: tất cả; Biên tập: tất cả; Xuất bản: tất cả → Viết: tất cả; Biên tập: " + SectionName(shown, a) + "; Xuất bản: tất cả", audit[0], StringComparison.Ordinal);

            // Back to no limit: no box ticked.
            using (var cleared = await SubmitAccountAsync(admin, user.Id, []))
            {
                Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
            }

            Assert.False(await _factory.WithDbAsync(db => db.SectionGrants.AnyAsync(g => g.UserId == user.Id)));
        }
    }

    [Fact]
    public async Task AccountForm_CreateWithPublishingLimitedToA_GrantSavedAndAudited()
    {
        var (a, a1, _) = await TestSections.AddParentChildAndOtherAsync(_factory);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using (admin)
        {
            var page = await admin.GetDocumentAsync("/admin/tai-khoan/tao-moi");
            var form = (IHtmlFormElement)page.QuerySelector("form.user-create")!;
            Assert.Equal("Hiện tại: Tất cả chuyên mục", form.QuerySelector("#PublishSections .section-right-current")!.TextContent.Trim());

            // The child is listed right after its parent, indented.
            var boxes = form.QuerySelectorAll("#PublishSections label.section-choice").ToList();
            var parentAt = boxes.FindIndex(l => l.QuerySelector("input")!.GetAttribute("value") == a.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(a1.ToString(CultureInfo.InvariantCulture), boxes[parentAt + 1].QuerySelector("input")!.GetAttribute("value"));
            Assert.Contains("child", boxes[parentAt + 1].ClassList);

            var email = $"duyet-{Guid.NewGuid():N}@test.local";
            foreach (var box in form.QuerySelectorAll("input[name=Roles], input[name=PublishSections]").Cast<IHtmlInputElement>())
            {
                box.IsChecked = box.Value == NewsroomRoles.Publisher || box.Value == a.ToString(CultureInfo.InvariantCulture);
            }

            using var response = await admin.SubmitAsync(form, "/admin/tai-khoan/tao-moi", new Dictionary<string, string>
            {
                ["DisplayName"] = "Người Duyệt Thời Sự",
                ["Email"] = email,
                ["Password"] = "bao-chi-tinh-2024-duyet",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

            var grants = await _factory.WithDbAsync(db => db.SectionGrants.AsNoTracking()
                .Where(g => db.Users.Any(u => u.Id == g.UserId && u.Email == email)).Select(g => new { g.Right, g.CategoryId }).ToListAsync());
            var grant = Assert.Single(grants);
            Assert.Equal(SectionRight.Publish, grant.Right);
            Assert.Equal(a, grant.CategoryId);
            var created = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == AuditActions.UserCreated && e.Details.StartsWith(email)).Select(e => e.Details).SingleAsync());
            Assert.Contains("chuyên mục: Viết: tất cả; Biên tập: tất cả; Xuất bản: Mục A", created, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AccountForm_UnknownSection_RefusedWithMessageNothingSaved()
    {
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using (admin)
        {
            var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Reporter);
            var page = await admin.GetDocumentAsync($"/admin/tai-khoan/{user.Id}");
            using var response = await admin.SubmitAsync(
                (IHtmlFormElement)page.QuerySelector("form.user-edit")!, $"/admin/tai-khoan/{user.Id}", new Dictionary<string, string> { ["WriteSections"] = "987654" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Chuyên mục không hợp lệ", (await ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
            Assert.False(await _factory.WithDbAsync(db => db.SectionGrants.AnyAsync(g => g.UserId == user.Id)));
        }
    }

    [Fact]
    public async Task HomeBlocks_SetInSiteSettings_ShownInThatOrder()
    {
        var (a, _, b) = await TestSections.AddParentChildAndOtherAsync(_factory);
        await ArticleAsync("Tin trang chủ ở A", ArticleStatus.Published, null, a, null);
        await ArticleAsync("Tin trang chủ ở B", ArticleStatus.Published, null, b, null);
        var (admin, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using (admin)
        {
            var slugs = await _factory.WithDbAsync(db => db.Categories.Where(c => c.Id == a || c.Id == b).ToDictionaryAsync(c => c.Id, c => c.Slug));

            // B first, then A; every other section left blank (no block).
            using (var saved = await SubmitHomeBlocksAsync(admin, (b, "1"), (a, "2")))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            Assert.Equal([slugs[b], slugs[a]], await HomeBlockSlugsAsync());
            var form = await admin.GetDocumentAsync("/admin/cai-dat-trang");
            Assert.Equal("1", form.QuerySelector($"#home-order-{b}")!.GetAttribute("value"));

            // Swapped.
            using (var saved = await SubmitHomeBlocksAsync(admin, (a, "1"), (b, "5")))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            Assert.Equal([slugs[a], slugs[b]], await HomeBlockSlugsAsync());
            var audited = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Target == "SiteSettings").Select(e => e.Details).ToListAsync());
            Assert.Equal(2, audited.Count(d => d.Contains("khối chuyên mục trang chủ", StringComparison.Ordinal)));

            // A bad position changes nothing.
            using (var refused = await SubmitHomeBlocksAsync(admin, (a, "0"), (b, "abc")))
            {
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.Contains("từ 1 đến 99", (await ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
            }

            Assert.Equal([slugs[a], slugs[b]], await HomeBlockSlugsAsync());

            // All blank: back to the default (menu order), which lists every section with articles up to the limit.
            using (var cleared = await SubmitHomeBlocksAsync(admin))
            {
                Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
            }

            Assert.Equal("", await _factory.WithDbAsync(db => db.SiteSettings.Select(s => s.HomeSectionIds).SingleAsync()));
        }
    }

    private static string SectionName(IHtmlDocument accountPage, int id) =>
        accountPage.QuerySelector($"#WriteSections input[value='{id}']")!.ParentElement!.TextContent.Trim();

    private async Task<List<string>> HomeBlockSlugsAsync()
    {
        using var reader = _factory.CreateReader();
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        return home.QuerySelectorAll("section.section-block h2").Select(h => (h.Id ?? "")["cm-".Length..]).ToList();
    }

    // Posts the site settings form as shown, with the given positions and every other section's position blank.
    private static async Task<HttpResponseMessage> SubmitHomeBlocksAsync(BrowserLikeClient admin, params (int Id, string Position)[] positions)
    {
        var page = await admin.GetDocumentAsync("/admin/cai-dat-trang");
        var form = (IHtmlFormElement)page.QuerySelector("form.site-settings")!;
        var values = form.QuerySelectorAll("input.home-order").Cast<IHtmlInputElement>().ToDictionary(i => i.Name ?? "", _ => "", StringComparer.Ordinal);
        foreach (var (id, position) in positions)
        {
            values[$"HomeOrder[{id}]"] = position;
        }

        return await admin.SubmitAsync(form, "/admin/cai-dat-trang", values);
    }

    // Posts the account form as shown, with the section boxes replaced by the given ones.
    private static async Task<HttpResponseMessage> SubmitAccountAsync(BrowserLikeClient admin, string userId, (string Name, int Id)[] sections)
    {
        var page = await admin.GetDocumentAsync($"/admin/tai-khoan/{userId}");
        var form = (IHtmlFormElement)page.QuerySelector("form.user-edit")!;
        foreach (var box in form.QuerySelectorAll(".section-rights input[type=checkbox]").Cast<IHtmlInputElement>())
        {
            box.IsChecked = sections.Any(s => s.Name == box.Name && s.Id.ToString(CultureInfo.InvariantCulture) == box.Value);
        }

        return await admin.SubmitAsync(form, $"/admin/tai-khoan/{userId}");
    }

    // Limits every right of the account to one section (and its children).
    private async Task LimitAsync(string userId, int section) =>
        await _factory.WithDbAsync(db =>
        {
            db.SectionGrants.AddRange(Enum.GetValues<SectionRight>().Select(r => new SectionGrant { UserId = userId, Right = r, CategoryId = section }));
            return db.SaveChangesAsync();
        });

    private async Task<Article> ArticleAsync(string title, ArticleStatus status, string? authorId, int? categoryId, ArticleStatus? statusBeforeTrash)
    {
        var article = await TestArticles.AddAsync(_factory, title, status, DateTimeOffset.UtcNow.AddHours(-1), authorId: authorId);
        await _factory.WithDbAsync(db => db.Articles.Where(x => x.Id == article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CategoryId, categoryId).SetProperty(x => x.StatusBeforeTrash, statusBeforeTrash)));
        await _factory.EvictReaderPagesAsync();
        return article;
    }

    private Task<ArticleSnapshot> SnapshotAsync(int id) =>
        _factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ArticleSnapshot(x.Status, x.Title, x.CategoryId, x.Version, x.UpdatedAt, db.ArticleRevisions.Count(r => r.ArticleId == id)))
            .SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(BrowserLikeClient client, string url, Dictionary<string, string> values)
    {
        var page = await client.GetDocumentAsync("/admin");
        values["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(url, form);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private sealed record ArticleSnapshot(ArticleStatus Status, string Title, int? CategoryId, Guid Version, DateTimeOffset UpdatedAt, int Revisions);
}

/// <summary>The tests of <see cref="SectionRightsTests{TFactory}"/> on SQLite (a PostgreSQL run: <c>PostgreSql/</c>).</summary>
public sealed class SectionRightsTests(EmptyPortalFactory factory) : SectionRightsTests<EmptyPortalFactory>(factory);

/// <summary>The role × action × section table of <see cref="SectionRightsTests{TFactory}"/>, outside the generic class (CA1000).</summary>
public static class SectionRightsCases
{
    private const string R = NewsroomRoles.Reporter;
    private const string E = NewsroomRoles.Editor;
    private const string P = NewsroomRoles.Publisher;

    /// <summary>
    /// role, action, state before, own article, article in A (else in B). Every row is an action the role may take
    /// by the role table, so the section alone decides: in A allowed, in B 403. A publisher's trashed article was
    /// published before the trash (restoring it is publishing); the others' were drafts.
    /// </summary>
    public static TheoryData<string, string, ArticleStatus, bool, bool> Matrix
    {
        get
        {
            var rows = new (string Role, string Action, ArticleStatus Before, bool Own)[]
            {
                (R, "edit", ArticleStatus.Draft, true),
                (R, "gui-duyet", ArticleStatus.Draft, true),
                (R, "thung-rac", ArticleStatus.Draft, true),
                (R, "khoi-phuc", ArticleStatus.Trashed, true),
                (E, "edit", ArticleStatus.InReview, false),
                (E, "gui-duyet", ArticleStatus.Draft, true),
                (E, "tra-lai", ArticleStatus.InReview, false),
                (E, "thung-rac", ArticleStatus.Draft, false),
                (E, "khoi-phuc", ArticleStatus.Trashed, false),
                (P, "edit", ArticleStatus.Published, false),
                (P, "tra-lai", ArticleStatus.InReview, false),
                (P, "xuat-ban", ArticleStatus.InReview, false),
                (P, "go-xuong", ArticleStatus.Published, false),
                (P, "thung-rac", ArticleStatus.Published, false),
                (P, "khoi-phuc", ArticleStatus.Trashed, false),
            };
            var data = new TheoryData<string, string, ArticleStatus, bool, bool>();
            foreach (var (role, action, before, own) in rows)
            {
                data.Add(role, action, before, own, true);
                data.Add(role, action, before, own, false);
            }

            return data;
        }
    }
}
