using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Admin;

/// <summary>Signed-in editors never get, and never create, cached reader pages.</summary>
public sealed class OutputCacheAuthTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public OutputCacheAuthTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ReaderPage_SignedInEditor_NeitherServedFromNorStoredInCache()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài để thử bộ nhớ đệm");
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Editor);
        using (editor)
        {
            // The editor loads the page first: if it were stored, the anonymous reader would get the editor's copy.
            var editorPage = await editor.GetDocumentAsync("/tin-tuc/" + article.Slug);
            Assert.NotNull(editorPage.QuerySelector("h1"));

            // The text changes in the database without evicting the cache.
            await _factory.WithDbAsync(async db =>
            {
                var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
                stored.Title = "Tiêu đề đã đổi";
                return await db.SaveChangesAsync();
            });

            // Anonymous: served fresh (the editor's request stored nothing), then cached.
            using var reader = _factory.CreateReader();
            var first = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
            Assert.Equal("Tiêu đề đã đổi", first.QuerySelector("h1")!.TextContent.Trim());

            await _factory.WithDbAsync(async db =>
            {
                var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
                stored.Title = "Tiêu đề lần ba";
                return await db.SaveChangesAsync();
            });

            // Anonymous again: the cached copy (proves caching is on for readers)...
            var cached = await PortalFactory.GetDocumentAsync(reader, "/tin-tuc/" + article.Slug);
            Assert.Equal("Tiêu đề đã đổi", cached.QuerySelector("h1")!.TextContent.Trim());

            // ...while the editor never gets it.
            var fresh = await editor.GetDocumentAsync("/tin-tuc/" + article.Slug);
            Assert.Equal("Tiêu đề lần ba", fresh.QuerySelector("h1")!.TextContent.Trim());
        }
    }
}
