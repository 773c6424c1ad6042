namespace PublishingPortal.Core.Articles;

/// <summary>
/// What a user had typed in an article's edit form, posted by the form's script every few seconds (issue 10,
/// "never lose work"). Separate from <see cref="ArticleRevision"/>: it is no saved state, writes no audit entry, and
/// there is at most one per user and article (the last one wins). Deleted when that user saves the article.
/// </summary>
public class ArticleAutosave
{
    /// <summary>Row id.</summary>
    public int Id { get; set; }

    /// <summary>The article, or null for a new article not saved yet (then <see cref="DraftKey"/> tells them apart).</summary>
    public int? ArticleId { get; set; }

    /// <summary>The writer's account id (at most 450 characters, the Identity key length).</summary>
    public string UserId { get; set; } = "";

    /// <summary>Empty for a saved article; for a new one a key the browser made up, at most 64 characters.</summary>
    public string DraftKey { get; set; } = "";

    /// <summary>Title as typed (at most <see cref="Article.TitleMaxLength"/> characters kept).</summary>
    public string Title { get; set; } = "";

    /// <summary>Lead (sapo) as typed.</summary>
    public string Lead { get; set; } = "";

    /// <summary>Body Markdown as typed.</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The article's <see cref="Article.Version"/> the form was loaded at; null for a new article.</summary>
    public Guid? BaseVersion { get; set; }

    /// <summary>UTC instant of the last autosave.</summary>
    public DateTimeOffset SavedAt { get; set; }
}
