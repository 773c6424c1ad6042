using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Tests;

/// <summary>Builds and stores articles for tests through the real context and renderer.</summary>
internal static class TestArticles
{
    private static readonly ArticleBodyRenderer Renderer = new();

    public static async Task<Article> AddAsync(
        PortalFactory factory,
        string title,
        ArticleStatus status = ArticleStatus.Published,
        DateTimeOffset? publishedAt = null,
        string body = "Đoạn thứ nhất của bài.\n\nĐoạn thứ hai của bài.",
        string lead = "Tóm tắt của bài viết thử nghiệm.",
        string? byline = "Phóng viên Thử",
        string? authorId = null)
    {
        var article = new Article
        {
            Title = title,
            Slug = Slugs.FromTitle(title) + "-" + Guid.NewGuid().ToString("N")[..6],
            Lead = lead,
            BodyMarkdown = body,
            BodyHtml = Renderer.Render(body, []),
            Byline = byline,
            Status = status,
            AuthorId = authorId,
            PublishedAt = publishedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Articles.Add(article);
            return await db.SaveChangesAsync();
        });
        await factory.EvictReaderPagesAsync();
        return article;
    }
}
