namespace PublishingPortal.Core.Articles;

/// <summary>
/// One news item (Tin / Bài viết). Text is stored in Unicode NFC; instants are UTC
/// (<see cref="DateTimeOffset.Offset"/> is zero) and converted to the site time zone only for display.
/// </summary>
public class Article
{
    /// <summary>Maximum length of <see cref="Title"/>, in UTF-16 code units.</summary>
    public const int TitleMaxLength = 400;

    /// <summary>Maximum length of <see cref="Slug"/>, in ASCII characters.</summary>
    public const int SlugMaxLength = 160;

    /// <summary>Database identity; 0 until saved.</summary>
    public int Id { get; set; }

    /// <summary>Headline (Tiêu đề), NFC, at most <see cref="TitleMaxLength"/> characters.</summary>
    public string Title { get; set; } = "";

    /// <summary>
    /// The article's URL name: ASCII lower-case letters, digits and single hyphens, unique across
    /// articles (see <see cref="Slugs.FromTitle"/>). The web host's URL map (<c>ReaderUrls.Article</c>,
    /// docs/decisions/004-url-map.md) turns it into the page's path, <c>/tin-tuc/{slug}</c>.
    /// </summary>
    public string Slug { get; set; } = "";

    /// <summary>The standfirst paragraph under the title (Sapo), plain text.</summary>
    public string Lead { get; set; } = "";

    /// <summary>The body (Nội dung) as Markdown source; figures refer to <see cref="Figures"/> as <c>figure:N</c>.</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The body rendered from <see cref="BodyMarkdown"/> and sanitised by <see cref="ArticleBodyRenderer"/>.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Author name printed at the end (Tác giả), e.g. "Hương Dịu"; null when unknown.</summary>
    public string? Byline { get; set; }

    /// <summary>Where the article came from (Nguồn); null when it is the newsroom's own.</summary>
    public string? Source { get; set; }

    /// <summary>Workflow state.</summary>
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>UTC instant from which readers see the article; null while never published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>UTC instant of creation.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>UTC instant of the last save.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Optimistic concurrency token: replaced by every save, so a save made from a stale copy
    /// matches no row and is refused (EF Core's <c>DbUpdateConcurrencyException</c>).
    /// </summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// For imported articles, a SHA-256 (hex, 64 characters) of the normalised export, so importing the
    /// same file twice finds the existing article instead of making a copy; null for articles written here.
    /// </summary>
    public string? ImportKey { get; set; }

    /// <summary>UTC instant after which readers no longer see the article (Hết hạn); null for never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Identity id of the user who created the article (its author in the workflow); null for imported or seeded articles.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Why an editor or approver sent the article back (shown to the author); cleared on the next submit.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The state the article had when it was moved to the trash, for the record; null otherwise.</summary>
    public ArticleStatus? StatusBeforeTrash { get; set; }

    /// <summary>
    /// The number of the revision holding a correction to this (live) article that waits for a publisher (issue 11), or
    /// null: an editor who may not publish saves changes to a Published or Scheduled article as that revision while the
    /// article's own fields, what readers see, stay as they are until a publisher approves it ("Duyệt bản sửa").
    /// </summary>
    public int? PendingRevisionNumber { get; set; }

    /// <summary>Keywords (Từ khóa).</summary>
    public List<Tag> Tags { get; } = [];

    /// <summary>Section (Chuyên mục) the article belongs to, if any.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Navigation to <see cref="CategoryId"/>.</summary>
    public Category? Category { get; set; }

    /// <summary>Photos with captions, in body order (<see cref="Figure.Order"/> 1, 2, …).</summary>
    public List<Figure> Figures { get; } = [];

    /// <summary>Slugs this article was reachable under before; each answers with a 301 to <see cref="Slug"/>.</summary>
    public List<ArticleSlugRedirect> OldSlugs { get; } = [];

    /// <summary>
    /// Changes the slug, keeping the current one as a redirect so links already shared keep working.
    /// </summary>
    /// <param name="newSlug">A slug already made unique by the caller.</param>
    public void ChangeSlug(string newSlug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSlug);
        if (newSlug == Slug)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Slug) && OldSlugs.TrueForAll(o => o.Slug != Slug))
        {
            OldSlugs.Add(new ArticleSlugRedirect { Slug = Slug });
        }

        OldSlugs.RemoveAll(o => o.Slug == newSlug);
        Slug = newSlug;
    }
}
