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

    /// <summary>
    /// Fires a paste of copied HTML on the rich-text editor, as the browser does (headless Chromium has no clipboard of
    /// its own): <c>text/html</c> and its text as <c>text/plain</c>.
    /// </summary>
    /// <param name="page">A page showing the article form with the editor.</param>
    /// <param name="html">What the clipboard holds, e.g. Word's HTML.</param>
    /// <returns>When the paste event has been dispatched.</returns>
    public static async Task PasteHtmlAsync(this IPage page, string html) =>
        await page.EvaluateAsync("""
            html => {
                const data = new DataTransfer();
                data.setData('text/html', html);
                data.setData('text/plain', html.replace(/<[^>]*>/g, ''));
                document.querySelector('.rich-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, html);
}
