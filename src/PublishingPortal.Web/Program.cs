using PublishingPortal.Core;
using PublishingPortal.Data;
using PublishingPortal.Web;
using PublishingPortal.Web.Backup;
using PublishingPortal.Web.Importing;
using PublishingPortal.Web.Infrastructure;
using Serilog;

Log.Logger = LoggingSetup.CreateBootstrapLogger();
try
{
    // The import command's paths are not host settings; only its --Key=value switches are.
    var builder = WebApplication.CreateBuilder(
        ImportCommand.IsRequested(args) ? ImportCommand.HostArguments(args)
        : BackupCommand.IsRequested(args) ? BackupCommand.HostArguments(args)
        : args);
    if (ImportCommand.IsRequested(args))
    {
        ImportCommand.ConfigureHost(builder.Configuration);
    }

    builder.AddPortalLogging();
    builder.Services.AddPortalCore(builder.Configuration["Site:TimeZone"]);
    builder.Services.AddPortalData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddPortalWeb(builder.Configuration);

    var app = builder.Build();
    if (ImportCommand.IsRequested(args))
    {
        await app.Services.InitializePortalAsync();
        return await ImportCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    if (BackupCommand.IsRequested(args))
    {
        // No migration and no seeding: a restore needs the target database exactly as it is.
        return await BackupCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    app.UsePortalPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped because of an unhandled error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so the test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
