namespace PublishingPortal.Data.Search;

/// <summary>One row of the FTS5 MATCH subquery of <see cref="SqliteArticleSearch"/>, materialised by EF Core (hence public).</summary>
public sealed class FtsHit
{
    /// <summary>Article id (the FTS rowid).</summary>
    public int Id { get; set; }

    /// <summary>
    /// The article id again, written <c>+rowid</c>: joins use it so SQLite cannot push the join into FTS5 as a rowid
    /// lookup (a plan that drives from Articles and re-runs the MATCH once per visible article, 110 s at 100,000
    /// articles); <see cref="Id"/> keeps the FTS5 rowid order for ORDER BY … DESC.
    /// </summary>
    public int JoinId { get; set; }

    /// <summary>bm25 score; lower is better (FTS5 returns it negated).</summary>
    public double Rank { get; set; }

    /// <summary>2 phrase, 1 near, 0 anywhere; for the MostTerms fallback, the number of terms held (see <see cref="ScoredArticle.Tier"/>).</summary>
    public int Tier { get; set; }

    /// <summary>1 when every term also matched in its exact spelling (queries with diacritics), else 0.</summary>
    public int Exact { get; set; }
}
