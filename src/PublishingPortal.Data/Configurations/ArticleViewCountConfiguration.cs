using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="ArticleViewCount"/>: one row per article, removed with it; indexed for "Đọc nhiều".</summary>
public sealed class ArticleViewCountConfiguration : IEntityTypeConfiguration<ArticleViewCount>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleViewCount> builder)
    {
        builder.HasKey(v => v.ArticleId);
        builder.Property(v => v.ArticleId).ValueGeneratedNever();
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleViewCount>(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.Views);
    }
}
