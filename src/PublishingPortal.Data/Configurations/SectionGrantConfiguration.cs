using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Data.Configurations;

/// <summary>
/// Maps <see cref="SectionGrant"/>: key (user, right, section); deleted with the account; no foreign key to the
/// section (a deleted section's grant stays and matches nothing, so the account stays limited).
/// </summary>
public sealed class SectionGrantConfiguration : IEntityTypeConfiguration<SectionGrant>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SectionGrant> builder)
    {
        builder.HasKey(g => new { g.UserId, g.Right, g.CategoryId });
        builder.Property(g => g.UserId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
