using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PublishingPortal.Browser.Tests.Infrastructure;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;
using static Microsoft.Playwright.Assertions;

namespace PublishingPortal.Browser.Tests.Importing;

/// <summary>
/// Issue 10 "Import a Word file" in Chromium: a reporter picks the shared LibreOffice .docx
/// (../shared/fixtures/word) from the article list; the draft's editor and preview show the expected text,
/// and the preview's figures show the expected captions with their photos loaded.
/// </summary>
public sealed partial class WordImportBrowserTests : IClassFixture<PortalBrowserFixture>
{
    private const string Password = "mat-khau-trinh-duyet-2024";

    private readonly PortalBrowserFixture _fixture;

    public WordImportBrowserTests(PortalBrowserFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task SharedDocx_BecomesADraftWhosePreviewMatchesTheExpectedText()
    {
        var folder = SharedWordFolder();
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "bai-viet-mau.expected.json")));
        var root = expected.RootElement;
        var reporter = await CreateReporterAsync();
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.Locator("#Email").FillAsync(reporter.Email!);
        await page.Locator("#Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInUrl());

        await page.GotoAsync("/admin/bai-viet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo bài từ tệp Word" }).ClickAsync();
        await page.Locator("#tep").SetInputFilesAsync(Path.Combine(folder, "bai-viet-mau.docx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bài nháp" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToContainTextAsync("Đã tạo bài nháp từ tệp \"bai-viet-mau.docx\": 2 ảnh");
        Assert.Equal(Text(root, "title"), Collapse(await page.Locator("#article-form [name=Title]").InputValueAsync()));
        Assert.Equal(Text(root, "lead"), Collapse(await page.Locator("#article-form [name=Lead]").InputValueAsync()));

        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/xem-truoc");
        var captions = page.Locator("figure figcaption");
        await Expect(captions).ToHaveCountAsync(root.GetProperty("captions").GetArrayLength());
        var shown = (await captions.AllInnerTextsAsync()).Select(Collapse);
        Assert.Equal(root.GetProperty("captions").EnumerateArray().Select(c => Collapse(c.GetString()!)), shown);
        var body = Collapse(await page.Locator("body").InnerTextAsync());
        foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
        {
            Assert.Contains(Collapse(paragraph.GetString()!), body, StringComparison.Ordinal);
        }

        foreach (var img in await page.Locator("figure img").AllAsync())
        {
            await img.ScrollIntoViewIfNeededAsync();
            Assert.True(await img.EvaluateAsync<bool>(
                """
                img => img.complete && img.naturalWidth > 0 ? true : new Promise(resolve => {
                    img.addEventListener('load', () => resolve(true), { once: true });
                    img.addEventListener('error', () => resolve(false), { once: true });
                    setTimeout(() => resolve(img.complete && img.naturalWidth > 0), 10000);
                })
                """));
        }
    }

    private async Task<PortalUser> CreateReporterAsync()
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"reporter-{Guid.NewGuid():N}@browser.test";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Phóng viên trình duyệt", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, NewsroomRoles.Reporter)).Succeeded);
        return user;
    }

    private static string SharedWordFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "word");
            if (File.Exists(Path.Combine(candidate, "bai-viet-mau.docx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures/word not found above " + AppContext.BaseDirectory);
    }

    private static string Text(JsonElement element, string name) => Collapse(element.GetProperty(name).GetString()!);

    private static string Collapse(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split([' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex SignInUrl();
}
