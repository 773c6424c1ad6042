namespace PublishingPortal.Core.Articles;

/// <summary>
/// A saved state of an article (Phiên bản): every save makes one, so nothing an editor typed is lost.
/// Revisions are never changed; restoring one copies it into the article and saves a new revision.
/// </summary>
public class ArticleRevision
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The article.</summary>
    public int ArticleId { get; set; }

    /// <summary>1, 2, 3, … within the article.</summary>
    public int Number { get; set; }

    /// <summary>UTC instant of the save.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Identity id of who saved; null for the system (import, scheduler).</summary>
    public string? UserId { get; set; }

    /// <summary>Display name of who saved, kept even if the account is deleted.</summary>
    public string UserName { get; set; } = "";

    /// <summary>What happened, in Vietnamese, e.g. "Sửa bài", "Khôi phục phiên bản 3".</summary>
    public string Summary { get; set; } = "";

    /// <summary>Title at that save.</summary>
    public string Title { get; set; } = "";

    /// <summary>Slug at that save.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Lead at that save.</summary>
    public string Lead { get; set; } = "";

    /// <summary>Body Markdown at that save.</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Byline at that save.</summary>
    public string? Byline { get; set; }

    /// <summary>Source at that save.</summary>
    public string? Source { get; set; }

    /// <summary>Category at that save.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Tag names at that save, comma-separated.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Snapshot of an article's editable fields.</summary>
    /// <param name="article">The article as saved (tags loaded).</param>
    /// <param name="number">Revision number.</param>
    /// <param name="userId">Who saved.</param>
    /// <param name="userName">Their display name.</param>
    /// <param name="summary">What happened.</param>
    /// <param name="now">UTC instant.</param>
    /// <returns>The revision (not yet added to a context).</returns>
    public static ArticleRevision Of(Article article, int number, string? userId, string userName, string summary, DateTimeOffset now)
    {
        return new ArticleRevision
        {
            ArticleId = article.Id,
            Number = number,
            CreatedAt = now.ToUniversalTime(),
            UserId = userId,
            UserName = userName,
            Summary = summary,
            Title = article.Title,
            Slug = article.Slug,
            Lead = article.Lead,
            BodyMarkdown = article.BodyMarkdown,
            Byline = article.Byline,
            Source = article.Source,
            CategoryId = article.CategoryId,
            Tags = string.Join(", ", article.Tags.Select(t => t.Name)),
        };
    }

    /// <summary>
    /// The revision as one text for comparison: labelled fields, then the body.
    /// </summary>
    /// <returns>Plain text, lines separated by '\n'.</returns>
    public string ToComparableText() =>
        $"Tiêu đề: {Title}\nĐường dẫn: {Slug}\nSapo: {Lead}\nTác giả: {Byline}\nNguồn: {Source}\nTừ khóa: {Tags}\n\n{BodyMarkdown.Replace("\r\n", "\n", StringComparison.Ordinal)}";
}
