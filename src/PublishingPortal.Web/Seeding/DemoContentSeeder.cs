using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Infrastructure;

namespace PublishingPortal.Web.Seeding;

/// <summary>
/// Fills an empty database (no category yet) with a few categories and demo articles written for
/// this project, each with a photo drawn by <see cref="DemoImageGenerator"/>. Does nothing otherwise.
/// </summary>
public sealed partial class DemoContentSeeder
{
    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly TimeProvider _clock;
    private readonly SiteOptions _site;
    private readonly string _contentRoot;
    private readonly ILogger<DemoContentSeeder> _logger;

    /// <summary>Creates the seeder.</summary>
    /// <param name="db">The context.</param>
    /// <param name="renderer">Body renderer.</param>
    /// <param name="clock">Clock for publication times.</param>
    /// <param name="site">Site settings (media folder).</param>
    /// <param name="environment">Content root.</param>
    /// <param name="logger">Logger.</param>
    public DemoContentSeeder(
        PortalDbContext db,
        ArticleBodyRenderer renderer,
        TimeProvider clock,
        IOptions<SiteOptions> site,
        IWebHostEnvironment environment,
        ILogger<DemoContentSeeder> logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(environment);
        _db = db;
        _renderer = renderer;
        _clock = clock;
        _site = site.Value;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
    }

    /// <summary>Seeds when the database has no category.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await _db.Categories.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var categories = DemoContent.Categories
            .Select((c, i) => new Category { Name = c, Slug = Slugs.FromTitle(c), SortOrder = i + 1 })
            .ToList();
        _db.Categories.AddRange(categories);

        var folder = Path.Combine(MediaPaths.Root(_contentRoot, _site.MediaPath), "demo");
        Directory.CreateDirectory(folder);
        var now = _clock.GetUtcNow();
        for (var i = 0; i < DemoContent.Articles.Count; i++)
        {
            var demo = DemoContent.Articles[i];
            var file = Path.Combine(folder, $"{i + 1}.jpg");
            DemoImageGenerator.Write(file, demo.From, demo.To);
            var article = new Article
            {
                Title = demo.Title,
                Slug = Slugs.FromTitle(demo.Title),
                Lead = demo.Lead,
                BodyMarkdown = demo.Body,
                Byline = demo.Byline,
                Source = demo.Source,
                Status = ArticleStatus.Published,
                PublishedAt = now.AddHours(-6 * (i + 1)),
                CreatedAt = now,
                UpdatedAt = now,
                Category = categories[demo.CategoryIndex],
            };
            article.Figures.Add(new Figure
            {
                Order = 1,
                ImagePath = $"{MediaPaths.RequestPath}/demo/{i + 1}.jpg",
                Width = DemoImageGenerator.Width,
                Height = DemoImageGenerator.Height,
                Caption = demo.Caption,
                AltText = demo.Alt,
                Credit = "Ảnh minh hoạ: PublishingPortal",
            });
            article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures);
            _db.Articles.Add(article);
        }

        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogSeeded(_logger, categories.Count, DemoContent.Articles.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {CategoryCount} categories and {ArticleCount} demo articles")]
    private static partial void LogSeeded(ILogger logger, int categoryCount, int articleCount);
}
