using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Browser.Tests.Search;

/// <summary>
/// Suggestions as you type in the header box (issue 12): an ARIA combobox with JavaScript (arrow keys, Enter opens the
/// article), the plain search form without it.
/// </summary>
public sealed class SearchSuggestionBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Box = "form.site-search input[name=q]";

    private readonly PortalBrowserFixture _fixture;

    public SearchSuggestionBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task TypeFoldedPrefix_ArrowDownEnter_OpensArticle_AndWithoutJavaScriptTheFormSearches()
    {
        var (title, slug) = await AddArticleAsync("Hội nghị Xovantra tổng kết công tác năm");

        await using (var context = await _fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var box = page.Locator(Box);
            await Assertions.Expect(box).ToHaveAttributeAsync("role", "combobox");
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

            await box.PressSequentiallyAsync("hoi ngh", new() { Delay = 30 });
            var listbox = page.GetByRole(AriaRole.Listbox);
            await Assertions.Expect(listbox).ToBeVisibleAsync();
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            var first = listbox.GetByRole(AriaRole.Option).First;
            await Assertions.Expect(first).ToHaveTextAsync(title);

            await box.PressAsync("ArrowDown");
            await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
            Assert.Equal(await first.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));

            // Escape closes the list; ArrowDown opens it again on the first option.
            await box.PressAsync("Escape");
            await Assertions.Expect(listbox).ToBeHiddenAsync();
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
            await box.PressAsync("ArrowDown");
            await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");

            await box.PressAsync("Enter");
            await page.WaitForURLAsync("**/tin-tuc/" + slug);
            await Assertions.Expect(page.Locator("h1.article-title")).ToHaveTextAsync(title);
        }

        await using (var context = await _fixture.NewContextAsync(javaScriptEnabled: false))
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            Assert.Null(await page.Locator(Box).GetAttributeAsync("role"));
            await page.FillAsync(Box, "hoi nghi xovantra");
            await page.PressAsync(Box, "Enter");
            await page.WaitForURLAsync("**/tim-kiem?**");
            await Assertions.Expect(page.Locator($"main a[href='/tin-tuc/{slug}']").First).ToBeVisibleAsync();
        }
    }

    private async Task<(string Title, string Slug)> AddArticleAsync(string title)
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var article = new Article
        {
            Title = title,
            Slug = Slugs.FromTitle(title),
            Lead = "Sapo của bài hội nghị.",
            BodyMarkdown = "Nội dung.",
            BodyHtml = "<p>Nội dung.</p>",
            Status = ArticleStatus.Published,
            PublishedAt = now.AddMinutes(-1),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();

        // Stored behind the write path: drop cached reader pages and suggestions.
        await scope.ServiceProvider.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.DependencyInjection.ReaderPagesTag, default);
        return (title, article.Slug);
    }
}
