using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Auditing;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Notifications;
using PublishingPortal.Core.Site;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data.Identity;

namespace PublishingPortal.Data;

/// <summary>
/// The portal's database. Provider-neutral: each provider has a subclass
/// (<see cref="SqlitePortalDbContext"/>, <see cref="SqlServerPortalDbContext"/>,
/// <see cref="PostgreSqlPortalDbContext"/>) that owns its migrations, EF Core's documented
/// pattern for one model on several providers.
/// </summary>
public abstract class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context with the provider's options.</summary>
    /// <param name="options">Options built by <see cref="DependencyInjection.AddPortalData"/>.</param>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Articles in every workflow state.</summary>
    public DbSet<Article> Articles => Set<Article>();

    /// <summary>Photos placed in articles.</summary>
    public DbSet<Figure> Figures => Set<Figure>();

    /// <summary>Sections.</summary>
    public DbSet<Category> Categories => Set<Category>();

    /// <summary>Former slugs answered with 301.</summary>
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();

    /// <summary>Former section slugs answered with 301.</summary>
    public DbSet<CategorySlugRedirect> CategorySlugRedirects => Set<CategorySlugRedirect>();

    /// <summary>Keywords.</summary>
    public DbSet<Tag> Tags => Set<Tag>();

    /// <summary>Saved states of articles.</summary>
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    /// <summary>What users had typed in edit forms, kept every few seconds (one per user and article).</summary>
    public DbSet<ArticleAutosave> ArticleAutosaves => Set<ArticleAutosave>();

    /// <summary>Reader view counts per article.</summary>
    public DbSet<ArticleViewCount> ArticleViewCounts => Set<ArticleViewCount>();

    /// <summary>Photos in the media library.</summary>
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();

    /// <summary>The agency's identity and the site's name and logo (one row).</summary>
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    /// <summary>Site pages (Giới thiệu, Liên hệ…) and their English versions.</summary>
    public DbSet<SitePage> SitePages => Set<SitePage>();

    /// <summary>Sections each account is limited to, per right (no row for a right: every section).</summary>
    public DbSet<SectionGrant> SectionGrants => Set<SectionGrant>();

    /// <summary>Workflow notifications per account, also the e-mail outbox.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The ASP.NET Core data-protection key ring (XML per key), shared by every instance on this database so any
    /// instance reads any sign-in cookie and form token; a restart keeps the keys.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    /// <summary>Leases of periodic jobs across instances (one row per job).</summary>
    public DbSet<ScheduleLease> ScheduleLeases => Set<ScheduleLease>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyTokens();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Only Configurations/: the search index's tables differ per provider (Search/, applied by the provider's context).
        builder.ApplyConfigurationsFromAssembly(
            typeof(PortalDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.ArticleConfiguration).Namespace);
    }

    // Every save of an article gets a new token, so a later save based on the old one matches no row.
    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
