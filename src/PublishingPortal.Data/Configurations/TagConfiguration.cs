using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="Tag"/>: unique slug.</summary>
public sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(Article.SlugMaxLength).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
