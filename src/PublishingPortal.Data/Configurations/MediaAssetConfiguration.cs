using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Media;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="MediaAsset"/>: unique key and stored name, newest-first index for the library.</summary>
public sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(MediaAsset.KeyLength).IsFixedLength().IsRequired();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.StoredName).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.StoredName).IsUnique();
        builder.Property(m => m.OriginalFileName).HasMaxLength(MediaAsset.OriginalFileNameMaxLength).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(32).IsRequired();
        builder.Property(m => m.AltText).HasMaxLength(MediaAsset.AltTextMaxLength).IsRequired();
        builder.Property(m => m.Caption).HasMaxLength(MediaAsset.CaptionMaxLength).IsRequired();
        builder.Property(m => m.Credit).HasMaxLength(MediaAsset.CreditMaxLength);
        builder.Property(m => m.SearchText).HasMaxLength(4000).IsRequired();
        builder.Property(m => m.UploadedById).HasMaxLength(450);
        builder.Property(m => m.UploadedByName).HasMaxLength(256).IsRequired();
        builder.HasOne<Identity.PortalUser>().WithMany().HasForeignKey(m => m.UploadedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.UploadedAt);
        builder.Ignore(m => m.NeedsAltText);
    }
}
