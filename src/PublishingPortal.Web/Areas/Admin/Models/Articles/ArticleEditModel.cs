using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using PublishingPortal.Core.Articles;
using PublishingPortal.Web.Newsroom;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>
/// The article editor form (shared by create and edit). Every field the browser posts is a string and
/// parsed here, so no input, however malformed, surfaces as a framework error in English; the
/// messages are Vietnamese. Display-only data travels in <see cref="Info"/>, which is never bound.
/// </summary>
public sealed class ArticleEditModel
{
    /// <summary>Longest body accepted, in characters (about 250 pages of text).</summary>
    public const int BodyMaxLength = 500_000;

    /// <summary>Longest lead accepted, in characters (the column's size).</summary>
    public const int LeadMaxLength = 4000;

    /// <summary>Shape of a slug: ASCII lower-case letters and digits in words joined by single hyphens.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Headline (Tiêu đề).</summary>
    [Required(ErrorMessage = "Hãy nhập tiêu đề.")]
    [StringLength(Article.TitleMaxLength, ErrorMessage = "Tiêu đề dài tối đa {1} ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    /// <summary>Slug (Đường dẫn); blank to make one from the title.</summary>
    [StringLength(Article.SlugMaxLength, ErrorMessage = "Đường dẫn dài tối đa {1} ký tự.")]
    [RegularExpression(SlugPattern, ErrorMessage = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối giữa các từ, ví dụ: hoi-nghi-tong-ket-2024.")]
    [Display(Name = "Đường dẫn")]
    public string? Slug { get; set; }

    /// <summary>Standfirst (Sapo), plain text.</summary>
    [StringLength(LeadMaxLength, ErrorMessage = "Sapo dài tối đa {1} ký tự.")]
    [Display(Name = "Sapo")]
    public string? Lead { get; set; }

    /// <summary>Body (Nội dung) in Markdown.</summary>
    [StringLength(BodyMaxLength, ErrorMessage = "Nội dung dài tối đa {1} ký tự.")]
    [Display(Name = "Nội dung")]
    public string? BodyMarkdown { get; set; }

    /// <summary>Section id as posted by the select; blank for none.</summary>
    [StringLength(12, ErrorMessage = "Chuyên mục không hợp lệ.")]
    [Display(Name = "Chuyên mục")]
    public string? CategoryId { get; set; }

    /// <summary>Keywords (Từ khóa), separated by commas.</summary>
    [StringLength(2000, ErrorMessage = "Từ khóa dài tối đa {1} ký tự.")]
    [Display(Name = "Từ khóa")]
    public string? Tags { get; set; }

    /// <summary>Printed author name (Tác giả).</summary>
    [StringLength(200, ErrorMessage = "Tên tác giả dài tối đa {1} ký tự.")]
    [Display(Name = "Tác giả")]
    public string? Byline { get; set; }

    /// <summary>Source (Nguồn).</summary>
    [StringLength(400, ErrorMessage = "Nguồn dài tối đa {1} ký tự.")]
    [Display(Name = "Nguồn")]
    public string? Source { get; set; }

    /// <summary>Publication time, <c>yyyy-MM-ddTHH:mm</c> in the site's time zone.</summary>
    [Display(Name = "Thời gian xuất bản")]
    public string? PublishAt { get; set; }

    /// <summary>
    /// The form's one publication choice (issue 11): <see cref="PublishNow"/> ("Xuất bản ngay") or <see cref="PublishLater"/>
    /// ("Hẹn giờ lúc …", <see cref="PublishAt"/>); null when not posted (a form without the radio), which keeps
    /// <see cref="PublishAt"/> as typed. With <see cref="PublishNow"/> the typed time is ignored, also without JavaScript.
    /// </summary>
    public string? PublishMode { get; set; }

    /// <summary><see cref="PublishMode"/> value: publish at the moment the button is pressed.</summary>
    public const string PublishNow = "ngay";

    /// <summary><see cref="PublishMode"/> value: publish at <see cref="PublishAt"/> (a future time schedules).</summary>
    public const string PublishLater = "hen-gio";

    /// <summary>Expiry time, <c>yyyy-MM-ddTHH:mm</c> in the site's time zone; blank for never.</summary>
    [Display(Name = "Hết hạn")]
    public string? ExpiresAt { get; set; }

    /// <summary>The article's concurrency token when the form was loaded (a GUID); blank for a new article.</summary>
    public string? Version { get; set; }

    /// <summary>
    /// Number of the latest revision when the form was rendered, paired with <see cref="Version"/> (issue 10: a stale
    /// save is merged on it); blank when unknown (a new article, or an autosave typed against an older version).
    /// </summary>
    public string? BaseRevision { get; set; }

    /// <summary>The publication time the form was rendered with (site time), for the merge of a stale save.</summary>
    public string? BasePublishAt { get; set; }

    /// <summary>The expiry the form was rendered with (site time), for the merge of a stale save.</summary>
    public string? BaseExpiresAt { get; set; }

    /// <summary>What the page shows beside the form; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public ArticleEditInfo Info { get; set; } = new();

    /// <summary>Fills the form from a stored article.</summary>
    /// <param name="article">The article with its tags loaded.</param>
    /// <param name="timeZone">Site time zone for the two times.</param>
    /// <returns>The form.</returns>
    public static ArticleEditModel From(Article article, SiteTimeZone timeZone)
    {
        return new ArticleEditModel
        {
            Title = article.Title,
            Slug = article.Slug,
            Lead = article.Lead,
            BodyMarkdown = article.BodyMarkdown,
            CategoryId = article.CategoryId?.ToString(CultureInfo.InvariantCulture),
            Tags = string.Join(", ", article.Tags.Select(t => t.Name)),
            Byline = article.Byline,
            Source = article.Source,
            PublishAt = timeZone.FormatInput(article.PublishedAt),
            PublishMode = article.PublishedAt is null ? PublishNow : PublishLater,
            ExpiresAt = timeZone.FormatInput(article.ExpiresAt),
            Version = article.Version.ToString("D"),
            BasePublishAt = timeZone.FormatInput(article.PublishedAt),
            BaseExpiresAt = timeZone.FormatInput(article.ExpiresAt),
        };
    }

    /// <summary>
    /// Fills the form from fields posted earlier and kept while the writer signed in again
    /// (<see cref="UnsavedArticleForms"/>); unknown fields are ignored, missing ones stay blank.
    /// </summary>
    /// <param name="fields">Field name (as posted, any case) → value.</param>
    /// <returns>The form, exactly as it was posted.</returns>
    public static ArticleEditModel FromPosted(IReadOnlyDictionary<string, string> fields)
    {
        var byName = new Dictionary<string, string>(fields, StringComparer.OrdinalIgnoreCase);
        string? Get(string name) => byName.TryGetValue(name, out var value) ? value : null;
        return new ArticleEditModel
        {
            Title = Get(nameof(Title)) ?? "",
            Slug = Get(nameof(Slug)),
            Lead = Get(nameof(Lead)),
            BodyMarkdown = Get(nameof(BodyMarkdown)),
            CategoryId = Get(nameof(CategoryId)),
            Tags = Get(nameof(Tags)),
            Byline = Get(nameof(Byline)),
            Source = Get(nameof(Source)),
            PublishAt = Get(nameof(PublishAt)),
            PublishMode = Get(nameof(PublishMode)),
            ExpiresAt = Get(nameof(ExpiresAt)),
            Version = Get(nameof(Version)),
            BaseRevision = Get(nameof(BaseRevision)),
            BasePublishAt = Get(nameof(BasePublishAt)),
            BaseExpiresAt = Get(nameof(BaseExpiresAt)),
        };
    }

    /// <summary>
    /// Parses the posted fields. Problems are added to <paramref name="modelState"/> under the field's
    /// name; the caller checks <see cref="ModelStateDictionary.IsValid"/>.
    /// </summary>
    /// <param name="timeZone">Site time zone the two times were typed in.</param>
    /// <param name="modelState">Receives the errors.</param>
    /// <returns>The parsed content (meaningful only when the model state is valid).</returns>
    public ArticleContent ToContent(SiteTimeZone timeZone, ModelStateDictionary modelState)
    {
        int? categoryId = null;
        if (!string.IsNullOrWhiteSpace(CategoryId))
        {
            if (int.TryParse(CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                categoryId = id;
            }
            else
            {
                modelState.AddModelError(nameof(CategoryId), "Chuyên mục không hợp lệ.");
            }
        }

        if (!SiteTimeInput.TryParse(timeZone, PublishAt, out var publishAt))
        {
            modelState.AddModelError(nameof(PublishAt), "Thời gian xuất bản không hợp lệ; hãy chọn ngày và giờ.");
        }

        if (!SiteTimeInput.TryParse(timeZone, ExpiresAt, out var expiresAt))
        {
            modelState.AddModelError(nameof(ExpiresAt), "Thời gian hết hạn không hợp lệ; hãy chọn ngày và giờ.");
        }

        if (publishAt is { } from && expiresAt is { } until && until <= from)
        {
            modelState.AddModelError(nameof(ExpiresAt), "Thời gian hết hạn phải sau thời gian xuất bản.");
        }

        var title = Text(Title).Trim();
        if (title.Length == 0 && modelState[nameof(Title)] is not { Errors.Count: > 0 })
        {
            modelState.AddModelError(nameof(Title), "Hãy nhập tiêu đề.");
        }

        return new ArticleContent(
            title,
            string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(),
            Text(Lead).Trim(),
            Text(BodyMarkdown),
            categoryId,
            Tag.ParseNames(Tags),
            Optional(Byline),
            Optional(Source),
            publishAt,
            expiresAt);
    }

    /// <summary>
    /// Applies <see cref="PublishMode"/> before <see cref="ToContent"/>: "Xuất bản ngay" drops the typed time (a live
    /// article keeps its stored one, <paramref name="storedPublishAt"/>, since it must have one).
    /// </summary>
    /// <param name="isPublic">Whether the stored article is Published or Scheduled.</param>
    /// <param name="storedPublishAt">The stored publication time as the form shows it, or null.</param>
    /// <returns>The publish button's time: blank for now, else the typed time (null when the radio was not posted: the caller's own input decides).</returns>
    public string? ResolvePublishTime(bool isPublic, string? storedPublishAt)
    {
        switch (PublishMode)
        {
            case PublishNow:
                PublishAt = isPublic ? storedPublishAt : null;
                return "";
            case PublishLater:
                return PublishAt ?? "";
            default:
                return null;
        }
    }

    /// <summary>Parses <see cref="Version"/>.</summary>
    /// <param name="version">The token.</param>
    /// <returns>False when blank or not a GUID.</returns>
    public bool TryGetVersion(out Guid version) => Guid.TryParse(Version, out version);

    /// <summary>Parses <see cref="BaseRevision"/> with the two base times.</summary>
    /// <returns>What the form started from; null when the revision is blank or not a positive number (no merge then).</returns>
    public ArticleEditBase? GetBase() =>
        BaseRevision is { Length: > 0 and <= 9 } text
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            // Model binding reads a posted empty field as null: with a base revision, a missing time is "none".
            ? new ArticleEditBase(number, BasePublishAt ?? "", BaseExpiresAt ?? "")
            : null;

    private static string Text(string? value) => ArticleContent.StoredText(value);

    private static string? Optional(string? value)
    {
        var text = Text(value).Trim();
        return text.Length == 0 ? null : text;
    }
}
