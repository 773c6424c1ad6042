using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Data.Configurations;

/// <summary>
/// Maps <see cref="ArticleAutosave"/>: one row per (article, user, draft key), removed with its article.
/// </summary>
public sealed class ArticleAutosaveConfiguration : IEntityTypeConfiguration<ArticleAutosave>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ArticleAutosave> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.DraftKey).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        builder.Property(a => a.Lead).IsRequired();
        builder.Property(a => a.BodyMarkdown).IsRequired();
        // A purged article takes its autosaves with it; the draft key keeps new articles' rows apart (their ArticleId is null).
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UserId, a.ArticleId, a.DraftKey }).IsUnique();
    }
}
