using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Media;

namespace PublishingPortal.Web.Seeding;

/// <summary>
/// Fills an empty database (no category yet) with a few categories and demo articles written for
/// this project, each with a photo drawn by <see cref="DemoImageGenerator"/> and added to the media
/// library like any upload, so demo pages use the same variants as real ones. Does nothing otherwise.
/// </summary>
public sealed partial class DemoContentSeeder
{
    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly TimeProvider _clock;
    private readonly MediaLibrary _library;
    private readonly MediaStorage _storage;
    private readonly MediaMarkup _markup;
    private readonly ILogger<DemoContentSeeder> _logger;

    /// <summary>Creates the seeder.</summary>
    /// <param name="db">The context.</param>
    /// <param name="renderer">Body renderer.</param>
    /// <param name="clock">Clock for publication times.</param>
    /// <param name="library">Media library the demo photos are added to.</param>
    /// <param name="storage">Media folder (temporary files).</param>
    /// <param name="markup">Variant path stored in figures.</param>
    /// <param name="logger">Logger.</param>
    public DemoContentSeeder(
        PortalDbContext db,
        ArticleBodyRenderer renderer,
        TimeProvider clock,
        MediaLibrary library,
        MediaStorage storage,
        MediaMarkup markup,
        ILogger<DemoContentSeeder> logger)
    {
        _db = db;
        _renderer = renderer;
        _clock = clock;
        _library = library;
        _storage = storage;
        _markup = markup;
        _logger = logger;
    }

    /// <summary>Seeds when the database has no category.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await _db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var categories = DemoContent.Categories
            .Select((c, i) => new Category { Name = c, Slug = Slugs.FromTitle(c), SortOrder = i + 1 })
            .ToList();
        _db.Categories.AddRange(categories);

        var folder = Directory.CreateDirectory(Path.Combine(_storage.Temp, Guid.NewGuid().ToString("N"))).FullName;
        var now = _clock.GetUtcNow();
        const string credit = "PublishingPortal (ảnh minh hoạ)";
        for (var i = 0; i < DemoContent.Articles.Count; i++)
        {
            var demo = DemoContent.Articles[i];
            var file = Path.Combine(folder, $"demo-{i + 1}.jpg");
            DemoImageGenerator.Write(file, demo.From, demo.To);
            var photo = await _library.AddFileAsync(file, new MediaDetails(demo.Alt, false, demo.Caption, credit), cancellationToken);
            File.Delete(file);
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
                ImagePath = _markup.StoredPath(photo.Key),
                Width = photo.Width,
                Height = photo.Height,
                Caption = demo.Caption,
                AltText = demo.Alt,
                Credit = credit,
            });
            article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures);
            _db.Articles.Add(article);
        }

        await _db.SaveChangesAsync(cancellationToken);
        Directory.Delete(folder, recursive: true);
        LogSeeded(_logger, categories.Count, DemoContent.Articles.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {CategoryCount} categories and {ArticleCount} demo articles")]
    private static partial void LogSeeded(ILogger logger, int categoryCount, int articleCount);
}
