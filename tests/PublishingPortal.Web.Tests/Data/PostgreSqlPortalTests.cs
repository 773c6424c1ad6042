using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;
using PublishingPortal.Web.Tests.Admin.Articles;
using PublishingPortal.Web.Tests.Media;

namespace PublishingPortal.Web.Tests.Data;

/// <summary>
/// The real app over HTTP on PostgreSQL (<c>Database:Provider=PostgreSql</c>, a database of its own on the test
/// run's <see cref="PostgreSqlCluster"/>), migrated and seeded at start like a fresh install.
/// </summary>
public sealed class PostgreSqlPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var connectionString = PostgreSqlCluster.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync("portal").GetAwaiter().GetResult();
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
    }
}

/// <summary>
/// A clearly named part of the HTTP suite run against PostgreSQL: reading seeded content, accounts and the key ring,
/// the article workflow from draft to public page, search, and the media library.
/// </summary>
public sealed class PostgreSqlPortalTests : IClassFixture<PostgreSqlPortalFactory>
{
    private readonly PostgreSqlPortalFactory _factory;

    public PostgreSqlPortalTests(PostgreSqlPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task PostgreSql_FreshInstall_MigratedSeededAndReadable()
    {
        using var reader = _factory.CreateReader();

        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var firstArticle = home.QuerySelectorAll("a[href^='/tin-tuc/']").Select(a => a.GetAttribute("href")!).First();
        var article = await PortalFactory.GetDocumentAsync(reader, firstArticle);

        Assert.NotNull(article.QuerySelector("h1"));
        Assert.Empty(await _factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await _factory.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }

    [Fact]
    public async Task PostgreSql_WrongPassword_Refused_RightPassword_SignsIn()
    {
        var user = await StaffAccounts.CreateUserAsync(_factory, NewsroomRoles.Editor);
        using var client = StaffAccounts.CreateClient(_factory);

        using (var refused = await client.SubmitAsync("/dang-nhap", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = "sai-mat-khau" }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);
        var (response, page) = await client.GetAsync("/admin/bai-viet/tao-moi");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.NotNull(page.QuerySelector("#article-form"));
        Assert.True(await _factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task PostgreSql_DraftSubmittedPublished_ReadersSeeItAndSearchFindsIt()
    {
        var (reporter, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        var (publisher, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Publisher);
        var id = await AdminArticles.CreateAsync(reporter, "Hội thảo xylophonquanh về nông nghiệp Đắk Lắk");

        using (var submitted = await AdminArticles.ActAsync(reporter, id, "gui-duyet"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using (var published = await AdminArticles.ActAsync(publisher, id, "xuat-ban"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var article = await AdminArticles.LoadAsync(_factory, id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt!.Value.Offset);

        using var reader = _factory.CreateReader();
        var page = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
        Assert.Equal("Hội thảo xylophonquanh về nông nghiệp Đắk Lắk", page.QuerySelector("h1")!.TextContent.Trim());

        // A phrase typed without diacritics and in other case finds it.
        foreach (var query in new[] { "XYLOPHONQUANH", "nong+nghiep+dak+lak" })
        {
            var results = await PortalFactory.GetDocumentAsync(reader, "/tim-kiem?q=" + query);
            Assert.Contains(results.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/tin-tuc/" + article.Slug);
        }
    }

    [Fact]
    public async Task PostgreSql_PhotoUploaded_ListedInLibraryAndVariantServed()
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            var (id, key) = await MediaUploads.UploadGoodAsync(_factory, client, "cau-rong.jpg", TestImages.Jpeg(1600, 900));

            var library = await client.GetDocumentAsync(MediaUploads.LibraryUrl);
            Assert.Contains(library.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == $"/admin/anh/{id}");
            using var reader = _factory.CreateReader();
            using var variant = await reader.GetAsync($"/media/{key}/640.jpg");
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal("image/jpeg", variant.Content.Headers.ContentType!.MediaType);
            using var image = TestImages.Decode(await variant.Content.ReadAsByteArrayAsync());
            Assert.Equal(640, image.Width);
        }
    }
}
