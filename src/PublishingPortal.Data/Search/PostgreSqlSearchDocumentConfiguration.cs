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
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PostgreSqlSearchDocument> builder)
    {
        builder.ToTable("ArticleSearchDocuments");
        builder.HasKey(d => d.ArticleId);
        builder.Property(d => d.ArticleId).ValueGeneratedNever();
        builder.Property(d => d.SearchVector).HasColumnType("tsvector").IsRequired();
        builder.Property(d => d.ExactVector).HasColumnType("tsvector").IsRequired();
        builder.HasIndex(d => d.SearchVector).HasMethod("GIN");
        builder.HasOne<Article>().WithOne().HasForeignKey<PostgreSqlSearchDocument>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
