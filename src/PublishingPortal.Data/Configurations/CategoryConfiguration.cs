using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="Category"/>: unique slug.</summary>
public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
