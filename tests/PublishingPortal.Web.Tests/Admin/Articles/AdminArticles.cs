using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests.Admin.Articles;

/// <summary>Drives the admin article pages the way an editor's browser would.</summary>
internal static class AdminArticles
{
    private static readonly ArticleBodyRenderer Renderer = new();

    public static string EditUrl(int id) => "/admin/bai-viet/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates an article through the real create form; returns its id.</summary>
    public static async Task<int> CreateAsync(BrowserLikeClient client, string title, string body = "Đoạn mở đầu.\n\nĐoạn thứ hai.", IDictionary<string, string>? more = null)
    {
        var values = new Dictionary<string, string> { ["Title"] = title, ["BodyMarkdown"] = body, ["Lead"] = "Sapo của bài." };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        using var response = await client.SubmitAsync("/admin/bai-viet/tao-moi", values, "#article-form");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/bai-viet/", location, StringComparison.Ordinal);
        return int.Parse(location["/admin/bai-viet/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Saves the edit form with some fields changed.</summary>
    public static Task<HttpResponseMessage> SaveAsync(BrowserLikeClient client, int id, IDictionary<string, string> values) =>
        client.SubmitAsync(EditUrl(id), values, "#article-form");

    /// <summary>
    /// Uses a workflow button shown on the article's page (edit page, or the trashed page). Gửi duyệt, Trả lại and
    /// Xuất bản are buttons of the article form (they save what it holds, then act); the others have forms of their own.
    /// </summary>
    public static Task<HttpResponseMessage> ActAsync(BrowserLikeClient client, int id, string segment, IDictionary<string, string>? values = null) =>
        segment is "gui-duyet" or "chuyen-duyet" or "tra-lai" or "xuat-ban"
            ? client.SubmitAsync(EditUrl(id), values, "#article-form", "then", segment)
            : client.SubmitAsync(EditUrl(id), values, $"form[action='{EditUrl(id)}/{segment}']");

    /// <summary>Posts to a URL with a valid antiforgery token but without the page offering the form (a forged button).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(BrowserLikeClient client, string url, IDictionary<string, string>? values = null)
    {
        var page = await client.GetDocumentAsync("/admin");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        fields.AddRange(values ?? new Dictionary<string, string>());
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(url, content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Stores an article directly, in any state, with an author.</summary>
    public static async Task<Article> AddAsync(PortalFactory factory, string title, ArticleStatus status, string? authorId, string body = "Nội dung ban đầu.")
    {
        var now = DateTimeOffset.UtcNow;
        var article = new Article
        {
            Title = title,
            Slug = Slugs.FromTitle(title) + "-" + Guid.NewGuid().ToString("N")[..6],
            Lead = "Sapo.",
            BodyMarkdown = body,
            BodyHtml = Renderer.Render(body, []),
            Status = status,
            AuthorId = authorId,
            PublishedAt = status is ArticleStatus.Published or ArticleStatus.Unpublished ? now.AddMinutes(-10) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Articles.Add(article);
            return await db.SaveChangesAsync();
        });
        return article;
    }

    public static Task<Article> LoadAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().AsSplitQuery().Include(a => a.Tags).Include(a => a.OldSlugs).Include(a => a.Figures).SingleAsync(a => a.Id == id));

    public static Task<List<ArticleRevision>> RevisionsAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());
}
