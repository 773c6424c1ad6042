using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="CategorySlugRedirect"/>: a former slug belongs to one section only.</summary>
public sealed class CategorySlugRedirectConfiguration : IEntityTypeConfiguration<CategorySlugRedirect>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CategorySlugRedirect> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
