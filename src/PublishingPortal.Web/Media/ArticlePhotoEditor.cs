using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Media;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Media;

/// <summary>
/// Places library photos in an article: attaches a photo to an existing figure (a "photo missing"
/// figure from an import, or to replace a photo), chooses or removes the lead photo
/// (<see cref="LeadPhoto.FigureOrder"/>), and inserts a new figure at the end of the body. A figure keeps
/// its own alt text, caption and credit when its photo is replaced: they belong to the article, not to
/// the photo. Each change re-renders the body and goes through <see cref="ArticleCommit"/>: a revision and an
/// audit entry in one save, a renewed concurrency token (an editor form opened before it then sees the conflict
/// page instead of overwriting), reader pages evicted when the article is public. Permission checks are the caller's.
/// </summary>
public sealed class ArticlePhotoEditor
{
    /// <summary>Shown when the article changed between loading and saving.</summary>
    public const string ConflictMessage = "Bài viết vừa được người khác lưu. Hãy xem lại rồi làm lại thao tác.";

    /// <summary>Shown when a figure order names no body figure of the article.</summary>
    public const string NoSuchFigureMessage = "Bài viết không có ảnh số này.";

    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly MediaMarkup _markup;
    private readonly ArticleCommit _commit;
    private readonly CurrentEditor _editor;
    private readonly TimeProvider _clock;

    /// <summary>Creates the editor.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="renderer">Body renderer.</param>
    /// <param name="markup">Variant URL stored in figures.</param>
    /// <param name="commit">The commit step every article change goes through.</param>
    /// <param name="editor">The signed-in user, named in the revision and audit entry.</param>
    /// <param name="clock">Clock.</param>
    public ArticlePhotoEditor(PortalDbContext db, ArticleBodyRenderer renderer, MediaMarkup markup, ArticleCommit commit, CurrentEditor editor, TimeProvider clock)
    {
        _db = db;
        _renderer = renderer;
        _markup = markup;
        _commit = commit;
        _editor = editor;
        _clock = clock;
    }

    /// <summary>Loads an article for changing its photos (tracked, with figures and tags).</summary>
    /// <param name="id">Article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The article or null.</returns>
    public Task<Article?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        _db.Articles.AsSplitQuery().Include(a => a.Figures).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>
    /// Attaches (or replaces) the photo of body figure <paramref name="order"/>. The figure's caption and
    /// credit stay. Its alt text becomes <paramref name="altText"/> when given; when blank, the figure keeps
    /// its own, or else takes the photo's from the library.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="order">Figure order (1, 2, …).</param>
    /// <param name="photo">Library photo.</param>
    /// <param name="altText">Alt text for this use, or blank to keep the figure's (or take the photo's).</param>
    /// <param name="isDecorative">Use an empty alt text.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved, else the Vietnamese reason (nothing changed).</returns>
    public async Task<string?> AttachAsync(
        Article article, int order, MediaAsset photo, string? altText, bool isDecorative, CancellationToken cancellationToken = default)
    {
        var figure = article.Figures.FirstOrDefault(f => f.Order == order && order != LeadPhoto.FigureOrder);
        if (figure is null)
        {
            return NoSuchFigureMessage;
        }

        string alt;
        if (isDecorative || (string.IsNullOrWhiteSpace(altText) && figure.AltText.Length == 0 && photo.IsDecorative))
        {
            alt = "";
        }
        else if (!string.IsNullOrWhiteSpace(altText))
        {
            alt = altText;
        }
        else if (figure.AltText.Length > 0)
        {
            alt = figure.AltText;
        }
        else if (!photo.NeedsAltText)
        {
            alt = photo.AltText;
        }
        else
        {
            return MediaLibrary.AltRequiredMessage;
        }

        var replaced = figure.ImagePath is not null;
        SetPhoto(figure, photo, alt);
        figure.Credit ??= photo.Credit;
        var label = string.Create(CultureInfo.InvariantCulture, $"Ảnh {order}");
        return await SaveAsync(article, replaced ? $"Thay ảnh cho {label}" : $"Gắn ảnh cho {label}", photo, cancellationToken);
    }

    /// <summary>Chooses the lead photo, with the caption, credit and alt text for this article.</summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="photo">Library photo.</param>
    /// <param name="altText">Alt text (empty only when decorative).</param>
    /// <param name="caption">Caption shown under it.</param>
    /// <param name="credit">Credit, without "Ảnh:", or null.</param>
    /// <param name="formVersion">
    /// The version the edit form was loaded at, when the change comes from that form: a save made since by someone else
    /// refuses the change (<see cref="ConflictMessage"/>); null compares with the version just read.
    /// </param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved, else the Vietnamese reason.</returns>
    public async Task<string?> SetLeadAsync(
        Article article, MediaAsset photo, string altText, string caption, string? credit, Guid? formVersion = null, CancellationToken cancellationToken = default)
    {
        KeepFormVersion(article, formVersion);
        var lead = article.Figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder);
        if (lead is null)
        {
            lead = new Figure { Order = LeadPhoto.FigureOrder };
            article.Figures.Add(lead);
        }

        SetPhoto(lead, photo, altText);
        lead.Caption = Clean(caption, Figure.CaptionMaxLength);
        lead.Credit = NullIfEmpty(Clean(credit ?? "", MediaAsset.CreditMaxLength));
        return await SaveAsync(article, "Đặt ảnh đại diện", photo, cancellationToken);
    }

    /// <summary>Removes the lead photo (the article then has none of its own; lists use its first body photo).</summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="formVersion">As for <see cref="SetLeadAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved (or nothing to remove), else the Vietnamese reason.</returns>
    public async Task<string?> RemoveLeadAsync(Article article, Guid? formVersion = null, CancellationToken cancellationToken = default)
    {
        KeepFormVersion(article, formVersion);
        var lead = article.Figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder);
        if (lead is null)
        {
            return null;
        }

        article.Figures.Remove(lead);
        _db.Figures.Remove(lead);
        return await SaveAsync(article, "Bỏ ảnh đại diện", null, cancellationToken);
    }

    /// <summary>
    /// Adds a figure with the photo at the end of the body, as Markdown
    /// <c>^^^ / ![](figure:N) / ^^^ caption *Ảnh: credit*</c>; the editor can move the block.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="photo">Library photo.</param>
    /// <param name="altText">Alt text (empty only when decorative).</param>
    /// <param name="caption">Caption.</param>
    /// <param name="credit">Credit, without "Ảnh:", or null.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved, else the Vietnamese reason.</returns>
    public async Task<string?> InsertAsync(Article article, MediaAsset photo, string altText, string caption, string? credit, CancellationToken cancellationToken = default)
    {
        var order = article.Figures.Select(f => f.Order).DefaultIfEmpty(0).Max() + 1;
        var figure = new Figure
        {
            Order = order,
            Caption = Clean(caption, Figure.CaptionMaxLength),
            Credit = NullIfEmpty(Clean(credit ?? "", MediaAsset.CreditMaxLength)),
        };
        SetPhoto(figure, photo, altText);
        article.Figures.Add(figure);
        article.BodyMarkdown = article.BodyMarkdown.TrimEnd() + "\n\n" + ArticleBodyRenderer.FigureBlock(order, figure.Caption, figure.Credit) + "\n";
        return await SaveAsync(article, string.Create(CultureInfo.InvariantCulture, $"Chèn Ảnh {order} vào cuối bài"), photo, cancellationToken);
    }

    /// <summary>
    /// Makes body figure <paramref name="order"/> the lead photo too: its photo, alt text, caption and credit are
    /// copied into the lead (the renderer then shows it once, in the body).
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="order">Body figure order (1, 2, …).</param>
    /// <param name="altText">Alt text for the lead, or blank to take the figure's.</param>
    /// <param name="formVersion">As for <see cref="SetLeadAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved, else the Vietnamese reason (nothing changed).</returns>
    public async Task<string?> SetLeadFromFigureAsync(Article article, int order, string? altText, Guid? formVersion, CancellationToken cancellationToken = default)
    {
        var figure = article.Figures.FirstOrDefault(f => f.Order == order && order != LeadPhoto.FigureOrder);
        if (figure is not { ImagePath: not null })
        {
            return figure is null ? NoSuchFigureMessage : "Ảnh này chưa có tệp ảnh nên chưa thể làm ảnh đại diện.";
        }

        var alt = string.IsNullOrWhiteSpace(altText) ? figure.AltText : altText;
        if (alt.Length == 0)
        {
            return MediaLibrary.AltRequiredMessage;
        }

        KeepFormVersion(article, formVersion);
        var lead = article.Figures.FirstOrDefault(f => f.Order == LeadPhoto.FigureOrder);
        if (lead is null)
        {
            lead = new Figure { Order = LeadPhoto.FigureOrder };
            article.Figures.Add(lead);
        }

        lead.ImagePath = figure.ImagePath;
        lead.Width = figure.Width;
        lead.Height = figure.Height;
        lead.AltText = Clean(alt, MediaAsset.AltTextMaxLength);
        lead.Caption = figure.Caption;
        lead.Credit = figure.Credit;
        return await SaveAsync(article, string.Create(CultureInfo.InvariantCulture, $"Đặt Ảnh {order} làm ảnh đại diện"), null, cancellationToken);
    }

    /// <summary>
    /// Adds a new body figure holding the photo, for the edit form's editor to place at the cursor (issue 10): order
    /// one past the highest (never <see cref="LeadPhoto.FigureOrder"/>), alt text, caption and credit taken from the
    /// library. The body text is not touched and the article's version stays (<see cref="ArticleChange.KeepsFormVersion"/>):
    /// the form that asked holds the figure block and saves it. A revision and an audit entry record the addition.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="photo">Library photo (just uploaded or picked).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The new figure, or the Vietnamese reason (nothing changed).</returns>
    public async Task<(Figure? Figure, string? Refusal)> AddBodyFigureAsync(Article article, MediaAsset photo, CancellationToken cancellationToken = default)
    {
        var order = article.Figures.Select(f => f.Order).Append(LeadPhoto.FigureOrder).Max() + 1;
        var figure = new Figure
        {
            Order = order,
            Caption = Clean(photo.Caption, Figure.CaptionMaxLength),
            Credit = NullIfEmpty(Clean(photo.Credit ?? "", MediaAsset.CreditMaxLength)),
        };
        SetPhoto(figure, photo, photo.IsDecorative ? "" : photo.AltText);
        article.Figures.Add(figure);
        var summary = string.Create(CultureInfo.InvariantCulture, $"Thêm Ảnh {order} từ trang sửa bài");
        var refusal = await SaveFiguresAsync(article, summary, summary, photo, cancellationToken);
        return refusal is null ? (figure, null) : (null, refusal);
    }

    /// <summary>
    /// Sets the alt text, caption and credit of body figure <paramref name="order"/> as typed in place in the editor.
    /// The article's version stays (<see cref="ArticleChange.KeepsFormVersion"/>); readers see the change with the
    /// form's next save, which re-renders the body. An audit entry, no revision. Lengths are the caller's check.
    /// </summary>
    /// <param name="article">Article from <see cref="FindAsync"/>.</param>
    /// <param name="order">Body figure order (1, 2, …).</param>
    /// <param name="altText">Alt text (empty: decorative or not yet written).</param>
    /// <param name="caption">Caption.</param>
    /// <param name="credit">Credit without "Ảnh:", or blank.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when saved, else the Vietnamese reason (nothing changed).</returns>
    public async Task<string?> DescribeBodyFigureAsync(Article article, int order, string altText, string caption, string? credit, CancellationToken cancellationToken = default)
    {
        var figure = article.Figures.FirstOrDefault(f => f.Order == order && order != LeadPhoto.FigureOrder);
        if (figure is null)
        {
            return NoSuchFigureMessage;
        }

        figure.AltText = Clean(altText, MediaAsset.AltTextMaxLength);
        figure.Caption = Clean(caption, Figure.CaptionMaxLength);
        figure.Credit = NullIfEmpty(Clean(credit ?? "", MediaAsset.CreditMaxLength));
        var label = string.Create(CultureInfo.InvariantCulture, $"Sửa mô tả, chú thích Ảnh {order}");
        return await SaveFiguresAsync(article, ArticleChange.NoRevision, label, null, cancellationToken);
    }

    // The form's own version compared in the UPDATE, so a save made since by someone else refuses this change.
    private void KeepFormVersion(Article article, Guid? formVersion)
    {
        if (formVersion is { } version)
        {
            _db.Entry(article).Property(a => a.Version).OriginalValue = version;
        }
    }

    private async Task<string?> SaveFiguresAsync(Article article, string? revision, string summary, MediaAsset? photo, CancellationToken cancellationToken)
    {
        var by = await _editor.GetAsync(cancellationToken);
        var result = await _commit.CommitAsync(article, new ArticleChange(
            by,
            revision,
            MediaAuditActions.ArticlePhotos,
            _ => $"{summary} của \"{article.Title}\"" + (photo is null ? "" : $": ảnh \"{photo.OriginalFileName}\" ({MediaLibrary.Target(photo.Id)})"))
        {
            KeepsFormVersion = true,
        }, cancellationToken);
        return result.Outcome switch
        {
            ArticleSaveOutcome.Saved => null,
            ArticleSaveOutcome.Conflict => ConflictMessage,
            _ => result.Errors.Values.First(),
        };
    }

    private void SetPhoto(Figure figure, MediaAsset photo, string altText)
    {
        figure.ImagePath = _markup.StoredPath(photo.Key);
        figure.Width = photo.Width;
        figure.Height = photo.Height;
        figure.AltText = Clean(altText, MediaAsset.AltTextMaxLength);
    }

    private async Task<string?> SaveAsync(Article article, string summary, MediaAsset? photo, CancellationToken cancellationToken)
    {
        var by = await _editor.GetAsync(cancellationToken);
        article.BodyHtml = _renderer.Render(article.BodyMarkdown, article.Figures.OrderBy(f => f.Order).ToList());
        article.UpdatedAt = _clock.GetUtcNow();
        var result = await _commit.CommitAsync(article, new ArticleChange(
            by,
            Revision: summary,
            MediaAuditActions.ArticlePhotos,
            _ => $"{summary} của \"{article.Title}\"" + (photo is null ? "" : $": ảnh \"{photo.OriginalFileName}\" ({MediaLibrary.Target(photo.Id)})")), cancellationToken);
        return result.Outcome switch
        {
            ArticleSaveOutcome.Saved => null,
            ArticleSaveOutcome.Conflict => ConflictMessage,
            _ => result.Errors.Values.First(),
        };
    }

    private static string Clean(string text, int max)
    {
        var clean = string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return clean.Length <= max ? clean : clean[..max];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
