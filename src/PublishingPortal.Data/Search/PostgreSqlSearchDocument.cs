using NpgsqlTypes;

namespace PublishingPortal.Data.Search;

/// <summary>
/// One article's entry in the PostgreSQL search index (<c>ArticleSearchDocuments</c>): the folded and the exact tokens of
/// its title, lead and body as <c>tsvector</c>s written by <see cref="PostgreSqlSearchStore"/> (positions and weights
/// computed in .NET: title A, lead B, body C, one position left empty between fields so a phrase never spans two).
/// </summary>
public sealed class PostgreSqlSearchDocument
{
    /// <summary>The article's id; the key, and a foreign key to <c>Articles</c> that cascades on delete.</summary>
    public int ArticleId { get; set; }

    /// <summary>Folded tokens with positions; matched (GIN index).</summary>
    public NpgsqlTsVector SearchVector { get; set; } = null!;

    /// <summary>Exact tokens with positions; checked on matching rows only, to rank exact spellings first.</summary>
    public NpgsqlTsVector ExactVector { get; set; } = null!;
}
