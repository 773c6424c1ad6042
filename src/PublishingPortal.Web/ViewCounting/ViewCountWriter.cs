using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PublishingPortal.Core.Articles;
using PublishingPortal.Data;

namespace PublishingPortal.Web.ViewCounting;

/// <summary>
/// Adds buffered counts to <see cref="ArticleViewCount"/> rows with one atomic upsert per article, so several
/// instances (or an instance and its shutdown flush) writing at once never lose a count or collide on the
/// first insert: <c>INSERT … ON CONFLICT (ArticleId) DO UPDATE SET Views = Views + excluded.Views</c> on SQLite
/// and PostgreSQL, <c>MERGE … WITH (HOLDLOCK)</c> on SQL Server (HOLDLOCK makes the match and the insert one
/// serializable step; a plain MERGE can still insert twice).
/// </summary>
public sealed class ViewCountWriter
{
    private readonly PortalDbContext _db;

    /// <summary>Creates the writer.</summary>
    /// <param name="db">The context.</param>
    public ViewCountWriter(PortalDbContext db)
    {
        _db = db;
    }

    /// <summary>Writes counts in one transaction; ids of articles that do not exist are dropped.</summary>
    /// <param name="counts">Article id → views to add.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Number of articles updated.</returns>
    public async Task<int> WriteAsync(IReadOnlyDictionary<int, long> counts, CancellationToken cancellationToken = default)
    {
        if (counts.Count == 0)
        {
            return 0;
        }

        var sql = UpsertSql();
        var written = 0;
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (id, add) in counts.OrderBy(c => c.Key))
        {
            written += await _db.Database.ExecuteSqlRawAsync(sql, [id, add], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    // {0} = article id, {1} = views to add (EF Core turns them into parameters). Names come from the model.
    private string UpsertSql()
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        var counts = _db.Model.FindEntityType(typeof(ArticleViewCount))!;
        var articles = _db.Model.FindEntityType(typeof(Article))!;
        var countsTable = Table(sql, counts);
        var articlesTable = Table(sql, articles);
        var articleId = Column(sql, counts, nameof(ArticleViewCount.ArticleId));
        var views = Column(sql, counts, nameof(ArticleViewCount.Views));
        var id = Column(sql, articles, nameof(Article.Id));
        if (_db is SqlServerPortalDbContext)
        {
            return $$"""
                MERGE {{countsTable}} WITH (HOLDLOCK) AS t
                USING (SELECT {0} AS a, {1} AS v WHERE EXISTS (SELECT 1 FROM {{articlesTable}} WHERE {{id}} = {0})) AS s
                ON t.{{articleId}} = s.a
                WHEN MATCHED THEN UPDATE SET {{views}} = t.{{views}} + s.v
                WHEN NOT MATCHED THEN INSERT ({{articleId}}, {{views}}) VALUES (s.a, s.v);
                """;
        }

        // The WHERE on the SELECT also settles SQLite's parsing ambiguity between a join's ON and the upsert's ON CONFLICT.
        return $$"""
            INSERT INTO {{countsTable}} ({{articleId}}, {{views}})
            SELECT {0}, {1} WHERE EXISTS (SELECT 1 FROM {{articlesTable}} WHERE {{id}} = {0})
            ON CONFLICT ({{articleId}}) DO UPDATE SET {{views}} = {{countsTable}}.{{views}} + excluded.{{views}}
            """;
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) =>
        sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);
}
