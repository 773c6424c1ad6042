using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Importing.Word;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Importing;

/// <summary>
/// "Tạo bài từ tệp Word": a .docx uploaded by a reporter or above becomes a draft they author (decision 012).
/// <see cref="DocxArticleReader"/> converts it; each embedded image goes through
/// <see cref="MediaLibrary.UploadAsync"/> (the library's checks, storage and upload audit) and becomes figure N
/// of the draft with the caption, credit and alt text the reader found; the draft is saved through
/// <see cref="ArticleCommit"/> (revision 1 "Tạo bài từ tệp Word", one <see cref="AuditActions.ArticleCreated"/>
/// entry). Any refusal leaves nothing behind: photos already stored for this file are removed again.
/// Permission checks are the caller's.
/// </summary>
public sealed partial class WordImporter
{
    /// <summary>The revision summary of a draft made from a Word file.</summary>
    public const string RevisionSummary = "Tạo bài từ tệp Word";

    private readonly PortalDbContext _db;
    private readonly MediaLibrary _library;
    private readonly MediaMarkup _markup;
    private readonly ArticleBodyRenderer _renderer;
    private readonly ArticleCommit _commit;
    private readonly CurrentEditor _editor;
    private readonly TimeProvider _clock;
    private readonly WordImportOptions _options;
    private readonly ILogger<WordImporter> _logger;

    /// <summary>Creates the importer.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="library">Media library the images are uploaded to.</param>
    /// <param name="markup">Variant path stored in figures.</param>
    /// <param name="renderer">Body renderer.</param>
    /// <param name="commit">The one write path for articles.</param>
    /// <param name="editor">The signed-in user (author, uploader).</param>
    /// <param name="clock">Clock.</param>
    /// <param name="options">Limits.</param>
    /// <param name="logger">Logger.</param>
    public WordImporter(
        PortalDbContext db,
        MediaLibrary library,
        MediaMarkup markup,
        ArticleBodyRenderer renderer,
        ArticleCommit commit,
        CurrentEditor editor,
        TimeProvider clock,
        IOptions<WordImportOptions> options,
        ILogger<WordImporter> logger)
    {
        _db = db;
        _library = library;
        _markup = markup;
        _renderer = renderer;
        _commit = commit;
        _editor = editor;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The limits, for the form.</summary>
    public WordImportOptions Limits => _options;

    /// <summary>The message for a file over <see cref="WordImportOptions.MaxBytes"/>.</summary>
    public string TooLargeMessage => string.Create(
        CultureInfo.GetCultureInfo("vi-VN"),
        $"Tệp quá lớn: tối đa {_options.MaxBytes / 1024d / 1024d:0.#} MB. Hãy giảm dung lượng ảnh trong tài liệu rồi thử lại.");

    /// <summary>
    /// Makes a draft from one uploaded file.
    /// </summary>
    /// <param name="content">The upload's body (at most <see cref="WordImportOptions.MaxBytes"/> + 1 bytes are read).</param>
    /// <param name="fileName">Name the browser sent; only its extension is looked at, and it is shown in messages.</param>
    /// <param name="cancellationToken">Cancels the work (photos stored so far are removed).</param>
    /// <returns>The draft's id and photo count, or the Vietnamese reason (nothing created).</returns>
    public async Task<WordImportResult> ImportAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var name = MediaLibrary.CleanFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".docm" or ".dotm")
        {
            return Refuse(name, DocxRefusal.MacroEnabled, DocxArticleReader.MacroMessage);
        }

        if (extension == ".doc")
        {
            return Refuse(name, DocxRefusal.Encrypted, DocxArticleReader.OldDocMessage);
        }

        if (extension != ".docx")
        {
            return Refuse(name, DocxRefusal.NotDocx, DocxArticleReader.NotDocxMessage);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                return Refuse(name, DocxRefusal.TooLarge, TooLargeMessage);
            }
        }

        DocxArticle docx;
        try
        {
            buffer.Position = 0;
            docx = DocxArticleReader.Read(buffer, new DocxLimits(_options.MaxUncompressedBytes, _options.MaxImages));
        }
        catch (DocxRefusedException ex)
        {
            return Refuse(name, ex.Reason, ex.Message);
        }

        var by = await _editor.GetAsync(cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(name);
        var added = new List<MediaAsset>();
        try
        {
            var now = _clock.GetUtcNow();
            var article = new Article
            {
                Status = ArticleStatus.Draft,
                AuthorId = by.UserId,
                CreatedAt = now,
                UpdatedAt = now,
                Title = docx.Title,
                Lead = docx.Lead,
                Byline = docx.Byline,
                BodyMarkdown = docx.BodyMarkdown,
            };
            for (var i = 0; i < docx.Images.Count; i++)
            {
                var image = docx.Images[i];
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                using var bytes = new MemoryStream(image.Content.ToArray(), writable: false);
                var upload = await _library.UploadAsync(
                    bytes, stem + "-anh-" + number + Path.GetExtension(image.FileName), new MediaDetails(image.AltText, false, image.Caption, image.Credit), by.UserId, by.Name, cancellationToken);
                if (upload.Asset is not { } photo)
                {
                    await RemoveAsync(added);
                    return Refuse(name, DocxRefusal.Corrupt, $"Ảnh thứ {number} trong tệp không được nhận: {upload.Error} Không có bài hay ảnh nào được lưu.");
                }

                added.Add(photo);
                article.Figures.Add(new Figure
                {
                    Order = i + 1,
                    ImagePath = _markup.StoredPath(photo.Key),
                    Width = photo.Width,
                    Height = photo.Height,
                    AltText = photo.AltText,
                    Caption = image.Caption.Length <= Figure.CaptionMaxLength ? image.Caption : image.Caption[..Figure.CaptionMaxLength],
                    Credit = photo.Credit,
                });
            }

            var slug = Slugs.FromTitle(docx.Title);
            article.Slug = await Slugs.MakeUniqueAsync(slug.Length == 0 ? "bai-viet" : slug, IsTakenAsync, cancellationToken);
            article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures.OrderBy(f => f.Order).ToList());
            var result = await _commit.CommitAsync(article, new ArticleChange(
                by,
                Revision: RevisionSummary,
                AuditActions.ArticleCreated,
                _ => $"Tạo bài nháp \"{article.Title}\" ({ReaderUrls.Article(article.Slug)}) từ tệp Word \"{name}\", {added.Count} ảnh"), cancellationToken);
            if (result.Outcome != ArticleSaveOutcome.Saved)
            {
                _db.ChangeTracker.Clear();
                await RemoveAsync(added);
                return WordImportResult.Refused(result.Errors.Values.FirstOrDefault() ?? ArticleCommit.DuplicateMessage);
            }

            LogImported(result.ArticleId, added.Count);
            return new WordImportResult(result.ArticleId, added.Count, null);
        }
        catch
        {
            _db.ChangeTracker.Clear();
            await RemoveAsync(added);
            throw;
        }
    }

    private WordImportResult Refuse(string name, DocxRefusal reason, string message)
    {
        LogRefused(name, reason);
        return WordImportResult.Refused(message);
    }

    private async Task RemoveAsync(List<MediaAsset> added)
    {
        foreach (var photo in added)
        {
            await _library.RemoveUnusedAsync(photo, CancellationToken.None);
        }

        added.Clear();
    }

    private async Task<bool> IsTakenAsync(string slug, CancellationToken cancellationToken) =>
        await _db.Articles.AnyAsync(a => a.Slug == slug, cancellationToken)
        || await _db.ArticleSlugRedirects.AnyAsync(r => r.Slug == slug, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Word file imported as draft {ArticleId} with {Images} images")]
    private partial void LogImported(int articleId, int images);

    [LoggerMessage(Level = LogLevel.Information, Message = "Word file {FileName} refused: {Reason}")]
    private partial void LogRefused(string fileName, DocxRefusal reason);
}
