using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PublishingPortal.Data;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Monitoring;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Seeding;
using Serilog;


namespace PublishingPortal.Web.Infrastructure;

/// <summary>Start-up steps and the HTTP pipeline, kept out of Program.cs.</summary>
public static class PortalPipeline
{
    /// <summary>
    /// Brings the database up to date and seeds demo content into an empty database when enabled.
    /// The web host does this through <see cref="PortalStartup"/>; commands that do not start the host call it directly.
    /// </summary>
    /// <param name="services">Root service provider.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the database is ready.</returns>
    public static async Task InitializePortalAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var site = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;

        // Under the database's start lock: instances starting together on an empty database write the first
        // administrator and the demo content once.
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(
            async ct =>
            {
                await scope.ServiceProvider.GetRequiredService<FirstRunAdministrator>().EnsureAsync(Console.Out);
                await scope.ServiceProvider.GetRequiredService<Site.SiteSettingsStore>().EnsureAsync(ct);
                if (site.SeedDemoContent)
                {
                    await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync(ct);
                    await scope.ServiceProvider.GetRequiredService<Site.SitePageSeeder>().SeedAsync(ct);
                }
            },
            cancellationToken);
    }

    /// <summary>Configures middleware and routes.</summary>
    /// <param name="app">The built application.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First: everything after sees the public scheme, host and client address sent by a trusted proxy.
        app.UseForwardedHeaders();

        // HEAD runs the GET action (HeadAsGetConvention); its body goes nowhere on every server, not only on Kestrel.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Body = Stream.Null;
            }

            return next(context);
        });
        app.UseExceptionHandler(ReaderUrls.Error(StatusCodes.Status500InternalServerError));
        app.UseStatusCodePagesWithReExecute(ReaderUrls.ErrorPathFormat);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            await next(context);
        });

        // Photo variants (/media/{key}/{width}.{webp|jpg}) are served like static files: before logging and routing.
        app.UseMiddleware<MediaVariantMiddleware>();
        app.UseStaticFiles();

        // Files written before the media library (demo/, imported/) stay reachable; originals/ and the
        // variant cache are never served as files.
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var media = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, site.MediaPath));
        foreach (var legacy in MediaStorage.LegacyFolders)
        {
            var folder = Directory.CreateDirectory(Path.Combine(media, legacy)).FullName;
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = MediaPaths.RequestPath + "/" + legacy,
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=604800",
            });
        }

        // After static files: one log line per page or action, not one per stylesheet and photo.
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : HealthEndpoints.IsProbe(context) || MetricsSetup.IsScrape(context) ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
        app.UseMiddleware<MediaUploadLimitMiddleware>();
        app.UseRouting();
        app.Use(SignInRateLimits.ReadPostedEmail);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(PasswordChangeRequired.Middleware);

        // After authentication: signed-in users neither get nor create cached pages (the default output-cache policy).
        app.UseOutputCache();
        app.MapControllers();
        app.MapPortalHealthChecks();
        app.MapPortalMetrics();
        return app;
    }
}
