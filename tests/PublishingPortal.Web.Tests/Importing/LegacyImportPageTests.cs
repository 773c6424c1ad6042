using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Importing;
using PublishingPortal.Web.Importing;

namespace PublishingPortal.Web.Tests.Importing;

/// <summary>Imports the real legacy export and reads it back as a reader sees it.</summary>
public sealed class LegacyImportPageTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public LegacyImportPageTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [SharedExportsTheory]
    [MemberData(nameof(SharedFixtures.LegacyFiles), MemberType = typeof(SharedFixtures))]
    public async Task Import_SharedExport_PageShowsEveryPartInOrder(string fileName)
    {
        var folder = SharedFixtures.LegacyArticlesFolder();
        Assert.True(folder is not null, fileName);
        var text = await File.ReadAllTextAsync(Path.Combine(folder!, fileName), Encoding.UTF8);
        var expected = LegacyArticleParser.Parse(text);
        var fileLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Replace('\u00A0', ' ').Trim().Normalize(NormalizationForm.FormC)).ToList();

        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(text);
        using var client = _factory.CreateReader();
        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + result.Slug);

        // The parse is faithful to the file: the title, captions and byline are lines of it, in this order.
        Assert.Contains(expected.Title, fileLines);
        var captions = expected.Blocks.Where(b => b.Kind == LegacyBlockKind.Caption).Select(b => b.Text).ToList();
        Assert.All(captions, c => Assert.Contains(c, fileLines));
        Assert.Equal(captions.Select(c => fileLines.IndexOf(c)).Order().ToList(), captions.Select(c => fileLines.IndexOf(c)).ToList());
        Assert.NotNull(expected.Byline);
        Assert.Equal(fileLines.Last(l => l.Length > 0).TrimEnd('.'), expected.Byline);

        // And the page shows what was parsed.
        var article = page.QuerySelector(".Block_BanTin_ViewData article")!;
        Assert.Equal(expected.Title, article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(expected.Date!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".Block_BanTin_Toolbar time")!.TextContent.Trim());
        Assert.Equal(expected.Lead, article.QuerySelector(".lead")!.TextContent.Trim());
        var body = article.QuerySelector(".article-body")!;
        Assert.Equal(captions, body.QuerySelectorAll("figure figcaption").Select(f => f.TextContent.Trim()).ToList());
        Assert.All(body.QuerySelectorAll("figure"), f => Assert.NotNull(f.QuerySelector("img[alt]")));
        Assert.Equal(expected.Blocks.Count(b => b.Kind == LegacyBlockKind.Paragraph), body.Children.Count(e => e.LocalName == "p"));
        Assert.Equal(
            expected.Blocks.Where(b => b.Kind == LegacyBlockKind.Paragraph).Select(b => b.Text).ToList(),
            body.Children.Where(e => e.LocalName == "p").Select(p => p.TextContent.Trim()).ToList());
        Assert.Equal(expected.Byline, article.QuerySelector(".byline")!.TextContent.Trim());
    }

    [Fact]
    public async Task Import_PhotoMissing_ShowsNeutralPlaceholderWithCaption()
    {
        const string export = """
            PublishingPortal - Block_BanTin_Toolbar

            02/03/2025
            Tăng cỡ chữ Giảm cỡ chữ
            Khánh thành cầu treo bản Nà Lòa
            Người dân hai bờ suối đã có cầu đi lại an toàn trong mùa mưa.

            PublishingPortal - Block_BanTin_ViewData

            Cây cầu mới nhìn từ bờ bên kia

            Cây cầu dài 60 mét, rộng 1,5 mét, do nhân dân và nhà nước cùng làm.

            Lò Văn Páo
            """;
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(export);
        using var client = _factory.CreateReader();

        var page = await PortalFactory.GetDocumentAsync(client, "/tin-tuc/" + result.Slug);

        var figure = page.QuerySelector(".article-body figure")!;
        var img = figure.QuerySelector("img")!;
        // The placeholder is served through the same variants as photos (issue 4): WebP source, JPEG fallback.
        Assert.Equal("/media/chua-co-anh/1280.jpg", img.GetAttribute("src"));
        Assert.Contains("photo-missing", img.ClassList);
        Assert.StartsWith("/media/chua-co-anh/320.webp 320w", figure.QuerySelector("picture source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal("1600", img.GetAttribute("width"));
        Assert.Equal("900", img.GetAttribute("height"));
        Assert.Equal("Cây cầu mới nhìn từ bờ bên kia", figure.QuerySelector("figcaption")!.TextContent.Trim());
        using var placeholder = await client.GetAsync(img.GetAttribute("src"));
        Assert.Equal(System.Net.HttpStatusCode.OK, placeholder.StatusCode);
        Assert.Equal("image/jpeg", placeholder.Content.Headers.ContentType!.MediaType);
    }
}
