using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Articles;
using PublishingPortal.Web.Auditing;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Infrastructure;
using PublishingPortal.Web.Seeding;
using PublishingPortal.Web.Workflow;

namespace PublishingPortal.Web;

/// <summary>Registers the MVC host's services.</summary>
public static class DependencyInjection
{
    /// <summary>Output-cache policy for anonymous reader pages (home, article).</summary>
    public const string ReaderPagePolicy = "ReaderPage";

    /// <summary>Output-cache tag on every reader page; evicted when published content changes.</summary>
    public const string ReaderPagesTag = "reader-pages";

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

        // Every unsafe request (POST, PUT, DELETE) must carry an antiforgery token.
        services.AddControllersWithViews(o => o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        services.AddHttpContextAccessor();
        services.AddPortalIdentity();
        services.AddScoped<AuditLog>();

        // Vietnamese text is written as characters, not as &#x…; entities (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddOutputCache(o =>
        {
            o.AddPolicy(ReaderPagePolicy, b => b
                .Expire(TimeSpan.FromSeconds(site.OutputCacheSeconds))
                .SetVaryByQuery([])
                .VaryByValue(context => new KeyValuePair<string, string>(
                    FontSize.CookieName, FontSize.FromRequest(context.Request).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Tag(ReaderPagesTag));
        });

        services.AddScoped<ArticleQueries>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<DemoContentSeeder>();

        services.AddOptions<ScheduleOptions>()
            .BindConfiguration(ScheduleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ScheduledPublisher>();

        // Registered before the server starts listening, so no request meets an unmigrated database.
        services.AddHostedService<PortalStartup>();
        services.AddHostedService<ScheduleWorker>();
        return services;
    }
}
