using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Site;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="SitePage"/>: slug unique per language, at most one English version per page.</summary>
public sealed class SitePageConfiguration : IEntityTypeConfiguration<SitePage>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SitePage> builder)
    {
        builder.Property(p => p.Language).HasMaxLength(2).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(SitePage.SlugMaxLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(SitePage.TitleMaxLength).IsRequired();
        builder.Property(p => p.BodyMarkdown).IsRequired();
        builder.Property(p => p.BodyHtml).IsRequired();
        builder.HasIndex(p => new { p.Language, p.Slug }).IsUnique();
        builder.HasIndex(p => p.VietnamesePageId).IsUnique();

        // Restrict, not cascade: SQL Server refuses a cascading self-reference; SitePages.DeleteAsync removes the English version first.
        builder.HasOne(p => p.VietnamesePage).WithMany().HasForeignKey(p => p.VietnamesePageId).OnDelete(DeleteBehavior.Restrict);
    }
}
