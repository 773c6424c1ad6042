namespace PublishingPortal.Data.Search;

/// <summary>
/// A setting of the search index on the server databases (PostgreSQL, SQL Server), one row per name; today only
/// <c>Format</c>, the stored index format, so a start-up after a format change rebuilds the index. SQLite keeps
/// the same rows in a table of the same name outside the EF model (<see cref="SqliteArticleSearchIndex"/>).
/// </summary>
public sealed class ArticleSearchInfo
{
    /// <summary>Setting name, e.g. <c>Format</c>; at most 64 characters.</summary>
    public string Name { get; set; } = "";

    /// <summary>Value as text, at most 200 characters.</summary>
    public string Value { get; set; } = "";
}
