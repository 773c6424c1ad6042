namespace PublishingPortal.Data.Search;

/// <summary>One row of the FTS5 MATCH subquery of <see cref="SqliteArticleSearch"/>, materialised by EF Core (hence public).</summary>
public sealed class FtsHit
{
    /// <summary>Article id (the FTS rowid).</summary>
    public int Id { get; set; }

    /// <summary>bm25 score; lower is better (FTS5 returns it negated).</summary>
    public double Rank { get; set; }

    /// <summary>1 when the exact-spelling phrase also matched, else 0.</summary>
    public int Exact { get; set; }
}
