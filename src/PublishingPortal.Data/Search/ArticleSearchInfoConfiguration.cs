using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PublishingPortal.Data.Search;

/// <summary>
/// Maps <see cref="ArticleSearchInfo"/> to <c>ArticleSearchInfo</c>, keyed by name. Applied by the server providers'
/// contexts only (this namespace is not scanned by <see cref="PortalDbContext"/>): SQLite creates its own table.
/// </summary>
public sealed class ArticleSearchInfoConfiguration : IEntityTypeConfiguration<ArticleSearchInfo>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleSearchInfo> builder)
    {
        builder.ToTable("ArticleSearchInfo");
        builder.HasKey(i => i.Name);
        builder.Property(i => i.Name).HasMaxLength(64);
        builder.Property(i => i.Value).HasMaxLength(200).IsRequired();
    }
}
