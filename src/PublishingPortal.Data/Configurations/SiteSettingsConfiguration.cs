using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Site;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="SiteSettings"/>: one row, id not generated.</summary>
public sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SiteName).HasMaxLength(SiteSettings.SiteNameMaxLength).IsRequired();
        builder.Property(s => s.LogoPath).HasMaxLength(500);
        builder.Property(s => s.AgencyName).HasMaxLength(SiteSettings.TextMaxLength).IsRequired();
        builder.Property(s => s.Address).HasMaxLength(SiteSettings.TextMaxLength).IsRequired();
        builder.Property(s => s.Phone).HasMaxLength(SiteSettings.PhoneMaxLength).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(SiteSettings.EmailMaxLength).IsRequired();
        builder.Property(s => s.ResponsiblePerson).HasMaxLength(SiteSettings.TextMaxLength).IsRequired();
        builder.Property(s => s.Licence).HasMaxLength(SiteSettings.TextMaxLength).IsRequired();
        builder.Property(s => s.FooterLinks).HasMaxLength(SiteSettings.LinksMaxLength).IsRequired();
        builder.Property(s => s.SocialLinks).HasMaxLength(SiteSettings.LinksMaxLength).IsRequired();
        builder.Property(s => s.HomeSectionIds).HasMaxLength(SiteSettings.HomeSectionsMaxLength).IsRequired().HasDefaultValue("");
    }
}
