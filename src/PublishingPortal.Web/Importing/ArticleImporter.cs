using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Importing;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Importing;

/// <summary>
/// Imports legacy portal exports as published articles: parse (nothing is written when that fails),
/// skip an export already imported (same <see cref="LegacyArticle.ContentHash"/>), make the slug unique
/// against current and former slugs, optionally attach photos to the figures in order (added to the media
/// library with every upload check; removed again if the article cannot be saved), and save through
/// <see cref="ArticleCommit"/> as <see cref="EditorIdentity.Import"/>: revision 1 ("Nhập từ bản xuất cổng cũ"),
/// an <see cref="AuditActions.ArticleImported"/> entry, and the reader lists evicted so they show it at once.
/// </summary>
public sealed class ArticleImporter
{
    private readonly PortalDbContext _db;
    private readonly LegacyArticleConverter _converter;
    private readonly ArticleBodyRenderer _renderer;
    private readonly TimeProvider _clock;
    private readonly MediaLibrary _library;
    private readonly MediaMarkup _markup;
    private readonly ArticleCommit _commit;

    /// <summary>Creates the importer.</summary>
    /// <param name="db">The context.</param>
    /// <param name="converter">Parsed export → article.</param>
    /// <param name="renderer">Re-renders the body after photos are attached.</param>
    /// <param name="clock">Import instant.</param>
    /// <param name="library">Media library the photos are added to.</param>
    /// <param name="markup">Variant path stored in figures.</param>
    /// <param name="commit">The commit step every article change goes through.</param>
    public ArticleImporter(
        PortalDbContext db,
        LegacyArticleConverter converter,
        ArticleBodyRenderer renderer,
        TimeProvider clock,
        MediaLibrary library,
        MediaMarkup markup,
        ArticleCommit commit)
    {
        _db = db;
        _converter = converter;
        _renderer = renderer;
        _clock = clock;
        _library = library;
        _markup = markup;
        _commit = commit;
    }

    /// <summary>
    /// Imports one export.
    /// </summary>
    /// <param name="text">The export's text.</param>
    /// <param name="images">Image files to attach to the figures in order (extra files are ignored, missing ones leave "photo missing").</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The slug and whether an article was created.</returns>
    /// <exception cref="LegacyFormatException">The text is not a legacy export; nothing was written.</exception>
    /// <exception cref="InvalidImageException">An image file is not a JPEG, PNG, WebP or GIF; nothing was written.</exception>
    /// <exception cref="DbUpdateException">The database refused the article (a slug taken meanwhile); nothing was written.</exception>
    public async Task<ImportResult> ImportAsync(string text, IReadOnlyList<string>? images = null, CancellationToken cancellationToken = default)
    {
        var legacy = LegacyArticleParser.Parse(text);
        var existing = await _db.Articles.AsNoTracking()
            .Where(a => a.ImportKey == legacy.ContentHash)
            .Select(a => new { a.Slug, Figures = a.Figures.Count })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(existing.Slug, false, existing.Figures);
        }

        var article = _converter.ToArticle(legacy, _clock.GetUtcNow());
        article.Slug = await Slugs.MakeUniqueAsync(article.Slug, IsTakenAsync, cancellationToken);

        // Photos go into the media library through the same checks as uploads; the figure keeps its caption
        // and credit, and takes the caption as alt text (the export has nothing better).
        var added = new List<MediaAsset>();
        try
        {
            var files = (images ?? []).Take(article.Figures.Count).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                var figure = article.Figures[i];
                var photo = await _library.AddFileAsync(files[i], new MediaDetails(figure.Caption, false, figure.Caption, figure.Credit), cancellationToken);
                added.Add(photo);
                figure.ImagePath = _markup.StoredPath(photo.Key);
                figure.Width = photo.Width;
                figure.Height = photo.Height;
                figure.AltText = figure.Caption;
            }

            if (added.Count > 0)
            {
                article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures);
            }

            var result = await _commit.CommitAsync(article, new ArticleChange(
                EditorIdentity.Import,
                Revision: "Nhập từ bản xuất cổng cũ",
                AuditActions.ArticleImported,
                _ => $"Nhập bài \"{article.Title}\" (/tin-tuc/{article.Slug}) từ bản xuất cổng cũ" + (added.Count == 0 ? "" : $", gắn {added.Count} ảnh")), cancellationToken);
            if (result.Outcome != ArticleSaveOutcome.Saved)
            {
                throw new DbUpdateException(result.Errors.Values.FirstOrDefault() ?? ArticleCommit.DuplicateMessage);
            }
        }
        catch
        {
            _db.ChangeTracker.Clear();
            foreach (var photo in added)
            {
                await _library.RemoveUnusedAsync(photo, CancellationToken.None);
            }

            throw;
        }

        return new ImportResult(article.Slug, true, article.Figures.Count);
    }

    private async Task<bool> IsTakenAsync(string slug, CancellationToken cancellationToken) =>
        await _db.Articles.AnyAsync(a => a.Slug == slug, cancellationToken)
        || await _db.ArticleSlugRedirects.AnyAsync(r => r.Slug == slug, cancellationToken);
}
