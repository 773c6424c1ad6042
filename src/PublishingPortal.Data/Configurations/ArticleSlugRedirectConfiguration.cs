using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="ArticleSlugRedirect"/>: a former slug belongs to one article only.</summary>
public sealed class ArticleSlugRedirectConfiguration : IEntityTypeConfiguration<ArticleSlugRedirect>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleSlugRedirect> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
