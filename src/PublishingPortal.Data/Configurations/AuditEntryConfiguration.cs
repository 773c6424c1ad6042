using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Auditing;

namespace PublishingPortal.Data.Configurations;

/// <summary>Maps <see cref="AuditEntry"/>: indexed for the filters of the audit page (time, user, action).</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(50).IsRequired();
        builder.Property(e => e.Target).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.IpAddress).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
