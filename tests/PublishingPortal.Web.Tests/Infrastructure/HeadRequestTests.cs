using System.Net;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Infrastructure;

/// <summary>
/// HEAD answers wherever GET does (issue 9): same status and content type as GET, no body, on reader pages,
/// feeds, sitemaps, a photo variant and an admin page; a route that only takes POST still refuses HEAD.
/// </summary>
public sealed class HeadRequestTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public HeadRequestTests(PortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Head_OnReaderPagesFeedsAndSitemaps_AnswersAsGetWithoutBody()
    {
        var slug = await _factory.WithDbAsync(db => db.Articles
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Id)
            .Select(a => a.Slug)
            .FirstAsync());
        var category = await _factory.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());
        using var client = _factory.CreateReader();

        foreach (var url in new[]
        {
            ReaderUrls.Home, ReaderUrls.Article(slug), ReaderUrls.Section(category), ReaderUrls.SiteFeed,
            ReaderUrls.SitemapIndex, ReaderUrls.SitemapArticles(1), ReaderUrls.NewsSitemap, ReaderUrls.Robots, ReaderUrls.Search("hội"),
        })
        {
            await AssertHeadLikeGetAsync(client, url);
        }
    }

    [Fact]
    public async Task Head_OnPhotoVariantAndAdminPage_AnswersAsGetWithoutBody()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (client)
        {
            var (_, key) = await MediaUploads.UploadGoodAsync(_factory, client, "dau.jpg", TestImages.Jpeg(800, 600));

            await AssertHeadLikeGetAsync(client.Http, $"/media/{key}/320.webp");
            await AssertHeadLikeGetAsync(client.Http, AdminUrls.Articles());
            await AssertHeadLikeGetAsync(client.Http, AdminUrls.Media());
        }
    }

    [Fact]
    public async Task Head_OnPostOnlyRoute_IsRefusedAsGetIs()
    {
        using var client = _factory.CreateReader();
        using var get = await client.GetAsync(new Uri(ReaderUrls.ViewCount(1), UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, ReaderUrls.ViewCount(1));

        using var head = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static async Task AssertHeadLikeGetAsync(HttpClient client, string url)
    {
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(get.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)get.StatusCode}");

        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        using var head = await client.SendAsync(request);

        Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {url}: {(int)head.StatusCode}");
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
