namespace PublishingPortal.Data.Search;

/// <summary>
/// One token of one article in the term-table search index (<c>ArticleSearchTerms</c>, SQL Server): where it stands
/// (field and position) and its folded and exact forms (<see cref="Core.Search.SearchText"/>), cut to
/// <see cref="SearchTerms.MaxLength"/> characters so the index key stays small.
/// </summary>
public sealed class ArticleSearchTerm
{
    /// <summary>The article's id; a foreign key to <c>Articles</c> that cascades on delete.</summary>
    public int ArticleId { get; set; }

    /// <summary>Which text the token is in: <see cref="SearchTerms.TitleField"/>, <see cref="SearchTerms.LeadField"/> or <see cref="SearchTerms.BodyField"/>.</summary>
    public short Field { get; set; }

    /// <summary>0-based token position within the field.</summary>
    public int Position { get; set; }

    /// <summary>Folded token, e.g. <c>dien</c>; matched (indexed).</summary>
    public string Term { get; set; } = "";

    /// <summary>Exact token, e.g. <c>điên2</c>; compared on matching rows only, to rank exact spellings first.</summary>
    public string ExactTerm { get; set; } = "";
}
