using Microsoft.AspNetCore.DataProtection;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Monitoring;
using PublishingPortal.Web.Newsroom;
using PublishingPortal.Web.Notifications;
using PublishingPortal.Web.Reading;
using PublishingPortal.Web.Search;
using PublishingPortal.Web.Seeding;
using PublishingPortal.Web.Site;
using PublishingPortal.Web.ViewCounting;

namespace PublishingPortal.Web;

/// <summary>Registers the MVC host's services.</summary>
public static class DependencyInjection
{
    /// <summary>Output-cache policy for anonymous reader pages (home, article).</summary>
    public const string ReaderPagePolicy = "ReaderPage";

    /// <summary>Output-cache policy for paged reader lists (sections, tags): varied by <c>trang</c> and the font-size step.</summary>
    public const string ReaderListPolicy = "ReaderList";

    /// <summary>
    /// Output-cache policy of the search page (issue 12): one entry per query string (text, section, dates, page) and
    /// font size, tagged as a list, so a publish, unpublish or edit of a public article evicts it like the home page.
    /// </summary>
    public const string SearchPolicy = "Search";

    /// <summary>
    /// Output-cache policy of the title suggestions (issue 12): one entry per <c>q</c>, no font-size variation, tagged as
    /// a list like the search page, so a publish or unpublish is suggested (or no longer) at once.
    /// </summary>
    public const string SearchSuggestionsPolicy = "SearchSuggestions";

    /// <summary>Output-cache policy for feeds, sitemaps and robots.txt: no font-size variation.</summary>
    public const string FeedPolicy = "Feed";

    /// <summary>Output-cache tag on every reader page; evicted when published content changes.</summary>
    public const string ReaderPagesTag = "reader-pages";

    /// <summary>
    /// Data-protection application name: fixed, so every instance (and every content root or install path)
    /// reads the cookies and form tokens the others issued with the shared key ring.
    /// </summary>
    public const string DataProtectionApplicationName = "PublishingPortal";

    /// <summary>
    /// Registers MVC, <see cref="SiteOptions"/>, the output cache (reader pages varied only by the
    /// font-size step), the query services, the importer and the demo-content seeder.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">App configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var site = configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();

        // Hosted services start in registration order: this one migrates the database, so it comes before every
        // registration that adds its own (data protection's key-ring loader, added by MVC's antiforgery, reads the
        // DataProtectionKeys table at start) and before the server listens, so nothing meets an unmigrated database.
        services.AddHostedService<PortalStartup>();

        // Every unsafe request (POST, PUT, DELETE) must carry an antiforgery token.
        services.AddControllersWithViews(o => o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Conventions.Add(new HeadAsGetConvention()));
        services.AddHttpContextAccessor();
        services.AddPortalHealthChecks();
        services.AddPortalMetrics(configuration);
        services.AddPortalForwardedHeaders();
        services.AddPortalIdentity();

        // Keys live in the portal database (table DataProtectionKeys), not in each machine's home folder:
        // behind a load balancer any instance accepts any cookie and form token, and a restart signs nobody out.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Sections.SectionCache>();
        services.AddScoped<Sections.CategoryAdministration>();
        services.AddScoped<Sections.TagAdministration>();
        services.AddScoped<ProfileSettings>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();

        // Vietnamese text is written as characters, not as &#x…; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddOutputCache(o =>
        {
            o.AddPolicy(ReaderPagePolicy, b => b
                .Expire(TimeSpan.FromSeconds(site.OutputCacheSeconds))
                .SetVaryByQuery([])
                .VaryByValue(FontSize.CacheVariation)
                .Tag(ReaderPagesTag));
            o.AddPolicy(ReaderListPolicy, b => b
                .Expire(TimeSpan.FromSeconds(site.OutputCacheSeconds))
                .SetVaryByQuery("trang")
                .VaryByValue(FontSize.CacheVariation)
                .Tag(ReaderPagesTag, ReaderCache.ListsTag));
            o.AddPolicy(SearchPolicy, b => b
                .Expire(TimeSpan.FromSeconds(site.OutputCacheSeconds))
                .SetVaryByQuery(Search.SearchQuery.TextKey, Search.SearchQuery.CategoryKey, Search.SearchQuery.FromKey, Search.SearchQuery.ToKey, Search.SearchQuery.PageKey)
                .VaryByValue(FontSize.CacheVariation)
                .VaryByValue(Search.SearchQuery.CacheVariation)
                .Tag(ReaderPagesTag, ReaderCache.ListsTag));
            o.AddPolicy(SearchSuggestionsPolicy, b => b
                .Expire(TimeSpan.FromSeconds(site.OutputCacheSeconds))
                .SetVaryByQuery(Search.SearchQuery.TextKey)
                .Tag(ReaderPagesTag, ReaderCache.ListsTag));
            o.AddPolicy(FeedPolicy, b => b
                .Expire(TimeSpan.FromSeconds(Math.Max(site.OutputCacheSeconds, 60)))
                .SetVaryByQuery([])
                .Tag(ReaderPagesTag, ReaderCache.ListsTag));
        });

        // With ConnectionStrings:Redis the store above is Redis, shared by every instance and the import command.
        services.AddPortalRedis(configuration);

        services.AddScoped<ArticleQueries>();
        services.AddScoped<SearchPageQueries>();
        services.AddScoped<ArticleFileSaver>();
        services.AddOptions<ViewCountOptions>()
            .BindConfiguration(ViewCountOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ViewCountBuffer>();
        services.AddScoped<ViewCountWriter>();
        services.AddSingleton<ViewCountFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<ViewCountFlusher>());
        services.AddScoped<ArticleAdminQueries>();
        services.AddScoped<CurrentEditor>();
        services.AddScoped<ArticleCommit>();
        services.AddPortalNotifications();
        services.AddScoped<ArticleEditor>();
        services.AddScoped<SectionGate>();
        services.AddScoped<ArticleMerger>();
        services.AddScoped<ArticleAutosaves>();

        // Article forms kept while their writer signs in again: in Redis when configured above, else in memory.
        services.AddDistributedMemoryCache();
        services.AddSingleton<UnsavedArticleForms>();
        services.AddScoped<ArticleImporter>();
        services.AddOptions<WordImportOptions>()
            .BindConfiguration(WordImportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<WordImporter>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<SitePages>();
        services.AddScoped<SitePageSeeder>();

        // Media library: originals outside the web root, variants made on request and cached on disk.
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<VariantStore>();
        services.AddSingleton<MediaMarkup>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<ArticlePhotoEditor>();

        services.AddOptions<ScheduleOptions>()
            .BindConfiguration(ScheduleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ScheduledPublisher>();
        services.AddSingleton<ScheduleInstance>();
        services.AddScoped<ScheduleLeaseClaim>();

        services.AddHostedService<ScheduleWorker>();
        return services;
    }
}
