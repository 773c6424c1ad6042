using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Media;

// The editor's "Ảnh của bài" panel: its projection now comes from MediaLibrary, not from the view component.
public sealed class ArticlePhotosSummaryTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public ArticlePhotosSummaryTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ArticlePhotosSummaryAsync_LeadAndFigures_CountsMissingPhotos()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài có ảnh thiếu");
        await AddFiguresAsync(
            new Figure { ArticleId = article.Id, Order = LeadPhoto.FigureOrder, ImagePath = "/media/dai-dien/800.jpg", Width = 800, Height = 600, Caption = "Ảnh đại diện" },
            new Figure { ArticleId = article.Id, Order = 1, ImagePath = "/media/mot/800.jpg", Caption = "Có ảnh" },
            new Figure { ArticleId = article.Id, Order = 2, ImagePath = null, Caption = "Ảnh thiếu" });

        var summary = await SummaryAsync(article.Id);

        Assert.Equal(article.Id, summary.ArticleId);
        Assert.Equal("/media/dai-dien/800.jpg", summary.LeadPath);
        Assert.Equal(800, summary.LeadWidth);
        Assert.Equal(600, summary.LeadHeight);
        Assert.Equal("Ảnh đại diện", summary.LeadCaption);
        Assert.Equal(2, summary.FigureCount);
        Assert.Equal(1, summary.MissingCount);
    }

    [Fact]
    public async Task ArticlePhotosSummaryAsync_NoFigures_EmptySummary()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài không ảnh");

        var summary = await SummaryAsync(article.Id);

        Assert.Null(summary.LeadPath);
        Assert.Equal("", summary.LeadCaption);
        Assert.Equal(0, summary.FigureCount);
        Assert.Equal(0, summary.MissingCount);
    }

    [Fact]
    public async Task EditPage_ShowsThePanel()
    {
        var article = await TestArticles.AddAsync(_factory, "Bài xem bảng ảnh");
        await AddFiguresAsync(new Figure { ArticleId = article.Id, Order = 1, ImagePath = null, Caption = "Ảnh thiếu" });
        var (editor, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator);
        using var _ = editor;

        var page = await editor.GetDocumentAsync($"/admin/bai-viet/{article.Id}");

        var panel = page.QuerySelector("section.article-photos-panel")!;
        Assert.Contains("1 ảnh trong nội dung", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 ảnh chưa có tệp ảnh", panel.QuerySelector(".badge-warning")!.TextContent);
    }

    private Task<int> AddFiguresAsync(params Figure[] figures) =>
        _factory.WithDbAsync(db =>
        {
            db.Figures.AddRange(figures);
            return db.SaveChangesAsync();
        });

    private async Task<Areas.Admin.Models.Media.ArticlePhotosSummary> SummaryAsync(int articleId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ArticlePhotosSummaryAsync(articleId);
    }
}
