using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="Figure"/>: one row per position in an article.</summary>
public sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(f => f.ImagePath).HasMaxLength(500);
        builder.Property(f => f.Caption).HasMaxLength(Figure.CaptionMaxLength).IsRequired();
        builder.Property(f => f.AltText).HasMaxLength(1000).IsRequired();
        builder.Property(f => f.Credit).HasMaxLength(400);
        builder.HasIndex(f => new { f.ArticleId, f.Order }).IsUnique();
        builder.Ignore(f => f.IsPhotoMissing);
    }
}
