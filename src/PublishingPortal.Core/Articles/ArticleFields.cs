namespace PublishingPortal.Core.Articles;

/// <summary>The mergeable fields of an article, as an <see cref="ArticleRevision"/> keeps them (tags comma-separated).</summary>
/// <param name="Title">Title.</param>
/// <param name="Slug">Slug.</param>
/// <param name="Lead">Lead (sapo).</param>
/// <param name="BodyMarkdown">Body in Markdown.</param>
/// <param name="Byline">Author line, null when none.</param>
/// <param name="Source">Source, null when none.</param>
/// <param name="CategoryId">Section id, null when none.</param>
/// <param name="Tags">Tag names joined by ", " (spacing around commas ignored by the merge).</param>
public sealed record ArticleFields(string Title, string Slug, string Lead, string BodyMarkdown, string? Byline, string? Source, int? CategoryId, string Tags)
{
    /// <summary>Vietnamese label of the title field, as listed in merge messages.</summary>
    public const string TitleField = "Tiêu đề";

    /// <summary>Label of the slug field.</summary>
    public const string SlugField = "Đường dẫn";

    /// <summary>Label of the lead field.</summary>
    public const string LeadField = "Sapo";

    /// <summary>Label of the body field.</summary>
    public const string BodyField = "Nội dung";

    /// <summary>Label of the byline field.</summary>
    public const string BylineField = "Tác giả";

    /// <summary>Label of the source field.</summary>
    public const string SourceField = "Nguồn";

    /// <summary>Label of the section field.</summary>
    public const string CategoryField = "Chuyên mục";

    /// <summary>Label of the tags field.</summary>
    public const string TagsField = "Từ khóa";

    /// <summary>The fields a revision keeps.</summary>
    /// <param name="revision">A stored revision.</param>
    /// <returns>Its fields.</returns>
    public static ArticleFields Of(ArticleRevision revision) =>
        new(revision.Title, revision.Slug, revision.Lead, revision.BodyMarkdown, revision.Byline, revision.Source, revision.CategoryId, revision.Tags);
}
