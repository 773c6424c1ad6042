using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="ScheduleLease"/>: keyed by the job's name.</summary>
public sealed class ScheduleLeaseConfiguration : IEntityTypeConfiguration<ScheduleLease>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ScheduleLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(200).IsRequired();
    }
}
