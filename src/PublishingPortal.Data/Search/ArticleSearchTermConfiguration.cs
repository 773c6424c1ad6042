using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Maps <see cref="ArticleSearchTerm"/> to <c>ArticleSearchTerms</c>: keyed by (article, field, position), which the
/// phrase check looks up; indexed by (term, article, field, position), which finds a phrase's first token with an
/// index seek. Applied by <see cref="SqlServerPortalDbContext"/> (and by tests that run it on another database).
/// </summary>
public sealed class ArticleSearchTermConfiguration : IEntityTypeConfiguration<ArticleSearchTerm>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleSearchTerm> builder)
    {
        builder.ToTable("ArticleSearchTerms");
        builder.HasKey(t => new { t.ArticleId, t.Field, t.Position });
        builder.Property(t => t.Term).HasMaxLength(SearchTerms.MaxLength).IsRequired();
        builder.Property(t => t.ExactTerm).HasMaxLength(SearchTerms.MaxLength).IsRequired();
        builder.HasIndex(t => new { t.Term, t.ArticleId, t.Field, t.Position });
        builder.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
