using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="ArticleRevision"/>: numbered per article, deleted only with the article (purge).</summary>
public sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(400).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.Property(r => r.Lead).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.BodyMarkdown).IsRequired();
        builder.Property(r => r.Byline).HasMaxLength(200);
        builder.Property(r => r.Source).HasMaxLength(400);
        builder.Property(r => r.Tags).HasMaxLength(2000).IsRequired();
    }
}
