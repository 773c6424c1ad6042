using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Maps <see cref="PostgreSqlSearchDocument"/> to <c>ArticleSearchDocuments</c> with a GIN index on the folded vector.
/// Applied by <see cref="PostgreSqlPortalDbContext"/> only.
/// </summary>
public sealed class PostgreSqlSearchDocumentConfiguration : IEntityTypeConfiguration<PostgreSqlSearchDocument>
{
    /// <summary>The table's <c>toast_tuple_target</c>, in bytes: PostgreSQL's largest (a page less its headers).</summary>
    public const int ToastTupleTarget = 8160;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PostgreSqlSearchDocument> builder)
    {
        builder.ToTable("ArticleSearchDocuments");

        // A row stays uncompressed in the table up to 8,160 bytes (the default compresses above 2 KB): the search
        // reads the vectors of up to 1,000 rows per query (the rank window), and decompressing each one cost more
        // than the matching itself (decision 009, issue 12 figures). Larger rows are still compressed and moved out.
        builder.HasStorageParameter("toast_tuple_target", ToastTupleTarget);
        builder.HasKey(d => d.ArticleId);
        builder.Property(d => d.ArticleId).ValueGeneratedNever();
        builder.Property(d => d.SearchVector).HasColumnType("tsvector").IsRequired();
        builder.Property(d => d.ExactVector).HasColumnType("tsvector").IsRequired();
        builder.HasIndex(d => d.SearchVector).HasMethod("GIN");
        builder.HasOne<Article>().WithOne().HasForeignKey<PostgreSqlSearchDocument>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
