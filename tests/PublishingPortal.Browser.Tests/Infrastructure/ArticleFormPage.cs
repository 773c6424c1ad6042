using Microsoft.Playwright;

namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>Steps on the article form shared by browser tests.</summary>
public static class ArticleFormPage
{
    /// <summary>
    /// Shows the Markdown textarea under the rich-text editor ("Xem Markdown"), so a test can type Markdown into
    /// <c>#BodyMarkdown</c>; the editor reads it back. Does nothing when the editor is not on the page (JavaScript off).
    /// </summary>
    /// <param name="page">A page showing the article form, loaded (deferred scripts have run).</param>
    /// <returns>When the textarea is visible.</returns>
    public static async Task ShowMarkdownAsync(this IPage page)
    {
        var toggle = page.Locator(".rich-editor .rich-source[aria-pressed=false]");
        if (await toggle.CountAsync() > 0)
        {
            await toggle.ClickAsync();
        }

        await page.Locator("#article-form [name=BodyMarkdown]").WaitForAsync();
    }
}
