using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>
/// An ended sign-in never loses the text (issue 10): an article form posted without a valid sign-in is kept, and after
/// signing in again its writer, and only its writer, is back on the form with what they typed.
/// </summary>
public sealed class UnsavedArticleFormTests(EmptyPortalFactory factory) : IClassFixture<EmptyPortalFactory>
{
    private const string TypedTitle = "Tiêu đề gõ khi phiên đã hết";
    private const string TypedBody = "Đoạn viết trong lúc phiên đăng nhập hết hạn.\n\nĐoạn thứ hai chưa lưu.";

    [Fact]
    public async Task EditForm_PostedAfterAuthCookieDropped_SignIn_FormHoldsTypedText_OneClickFromSaving()
    {
        var (client, cookies, user) = await SignedInClientAsync(NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(client, "Bài đang viết dở");
        var form = await FormAsync(client, AdminArticles.EditUrl(id));
        DropAuthCookie(cookies);

        using var posted = await client.SubmitAsync(form, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["Title"] = TypedTitle, ["BodyMarkdown"] = TypedBody });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var signIn = posted.Headers.Location!.OriginalString;
        Assert.Contains("/dang-nhap", signIn, StringComparison.Ordinal);
        Assert.Equal("Bài đang viết dở", (await AdminArticles.LoadAsync(factory, id)).Title);

        var back = await SignInThroughAsync(client, signIn, user.Email!);
        Assert.StartsWith(AdminArticles.EditUrl(id) + "?khoiphuc=", back, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync(back);
        Assert.Equal(TypedTitle, page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(TypedBody, page.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Contains("được giữ lại", page.QuerySelector(".kept-form")!.TextContent, StringComparison.Ordinal);

        using var saved = await client.SubmitAsync(back, null, "#article-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(TypedTitle, article.Title);
        Assert.Equal(TypedBody, article.BodyMarkdown);
    }

    [Fact]
    public async Task EditForm_KeptAcrossSignIn_WhileSomeoneSavedAnotherField_IsMergedOnItsBase()
    {
        var (client, cookies, user) = await SignedInClientAsync(NewsroomRoles.Reporter);
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);
        var id = await AdminArticles.CreateAsync(client, "Bài đang viết dở");
        var form = await FormAsync(client, AdminArticles.EditUrl(id));
        DropAuthCookie(cookies);
        using var posted = await client.SubmitAsync(form, AdminArticles.EditUrl(id), new Dictionary<string, string> { ["BodyMarkdown"] = TypedBody });
        using (var other = await AdminArticles.SaveAsync(editor, id, new Dictionary<string, string> { ["Lead"] = "Sapo biên tập viên sửa." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        var back = await SignInThroughAsync(client, posted.Headers.Location!.OriginalString, user.Email!);
        var page = await client.GetDocumentAsync(back);
        Assert.Equal("1", page.QuerySelector("#article-form input[name=BaseRevision]")!.GetAttribute("value"));
        using var saved = await client.SubmitAsync(back, null, "#article-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await AdminArticles.LoadAsync(factory, id);
        Assert.Equal(TypedBody, article.BodyMarkdown);
        Assert.Equal("Sapo biên tập viên sửa.", article.Lead);
    }

    [Fact]
    public async Task CreateForm_PostedAfterAuthCookieDropped_SignIn_FormHoldsTypedText()
    {
        var (client, cookies, user) = await SignedInClientAsync(NewsroomRoles.Reporter);
        var form = await FormAsync(client, "/admin/bai-viet/tao-moi");
        DropAuthCookie(cookies);

        using var posted = await client.SubmitAsync(form, "/admin/bai-viet/tao-moi", new Dictionary<string, string> { ["Title"] = TypedTitle, ["BodyMarkdown"] = TypedBody });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var back = await SignInThroughAsync(client, posted.Headers.Location!.OriginalString, user.Email!);
        Assert.StartsWith("/admin/bai-viet/tao-moi?khoiphuc=", back, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync(back);
        Assert.Equal(TypedTitle, page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(TypedBody, page.QuerySelector("#article-form textarea[name=BodyMarkdown]")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == TypedTitle))));
    }

    [Fact]
    public async Task KeptForm_AnotherUserSigningInWithTheLink_DoesNotGetIt()
    {
        var (client, cookies, _) = await SignedInClientAsync(NewsroomRoles.Editor);
        var author = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Reporter);
        var article = await AdminArticles.AddAsync(factory, "Bài của phóng viên", ArticleStatus.Draft, author.Id);
        var form = await FormAsync(client, AdminArticles.EditUrl(article.Id));
        DropAuthCookie(cookies);
        using var posted = await client.SubmitAsync(form, AdminArticles.EditUrl(article.Id), new Dictionary<string, string> { ["Title"] = TypedTitle, ["BodyMarkdown"] = TypedBody });
        var signIn = posted.Headers.Location!.OriginalString;

        // Someone else, in the same browser (the antiforgery cookie kept) or with the link in another one.
        var other = await StaffAccounts.CreateUserAsync(factory, NewsroomRoles.Editor);
        var back = await SignInThroughAsync(client, signIn, other.Email!);
        var (elsewhere, _) = await StaffAccounts.SignInAsNewAsync(factory, NewsroomRoles.Editor);

        foreach (var page in new[] { await client.GetDocumentAsync(back), await elsewhere.GetDocumentAsync(back) })
        {
            Assert.Equal("Bài của phóng viên", page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
            Assert.DoesNotContain(TypedBody[..20], page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Không tìm thấy nội dung được giữ lại", page.QuerySelector(".kept-form")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task KeptForm_UnknownId_ShowsTheStoredArticle()
    {
        var (client, _, _) = await SignedInClientAsync(NewsroomRoles.Reporter);
        var id = await AdminArticles.CreateAsync(client, "Bài với mã giữ lại sai");

        var page = await client.GetDocumentAsync(AdminArticles.EditUrl(id) + "?khoiphuc=khong-co");

        Assert.Equal("Bài với mã giữ lại sai", page.QuerySelector("#article-form input[name=Title]")!.GetAttribute("value"));
        Assert.Contains("Không tìm thấy", page.QuerySelector(".kept-form")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(BrowserLikeClient Client, CookieContainer Cookies, PortalUser User)> SignedInClientAsync(string role)
    {
        var user = await StaffAccounts.CreateUserAsync(factory, role);
        var cookies = new CookieContainer();
        var client = new BrowserLikeClient(factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);
        return (client, cookies, user);
    }

    private static async Task<IHtmlFormElement> FormAsync(BrowserLikeClient client, string url) =>
        (IHtmlFormElement)(await client.GetDocumentAsync(url)).QuerySelector("#article-form")!;

    // What an expired sign-in looks like to the server: no valid auth cookie, the antiforgery cookie still there.
    private static void DropAuthCookie(CookieContainer cookies)
    {
        var auth = cookies.GetCookies(new Uri("http://localhost"))["pp-auth"];
        Assert.NotNull(auth);
        auth.Expired = true;
    }

    // Follows the redirect to the sign-in page, signs in there; returns where the sign-in sends the person.
    private static async Task<string> SignInThroughAsync(BrowserLikeClient client, string signInUrl, string email)
    {
        using var response = await client.SubmitAsync(signInUrl, new Dictionary<string, string> { ["Email"] = email, ["Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
