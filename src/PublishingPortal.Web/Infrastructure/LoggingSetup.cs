using Serilog;
using Serilog.Events;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Serilog set-up: structured events to the console and to a daily rolling file
/// (<c>App_Data/logs/portal-YYYYMMDD.log</c>, 14 files kept), levels overridable in the
/// <c>Serilog</c> configuration section. Passwords and connection strings are never logged.
/// </summary>
public static class LoggingSetup
{
    /// <summary>
    /// A console logger for start-up failures, before configuration is read. It stays the static logger:
    /// each host builds its own (see <see cref="AddPortalLogging"/>), so hosts running side by side in
    /// one process (tests) never reconfigure a shared one.
    /// </summary>
    /// <returns>The logger.</returns>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().MinimumLevel.Information().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

    /// <summary>Replaces the host's logging with Serilog.</summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var logFolder = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Logging:FileFolder"] ?? "App_Data/logs");
        builder.Services.AddSerilog((_, configuration) => configuration
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(logFolder, "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
        return builder;
    }
}
