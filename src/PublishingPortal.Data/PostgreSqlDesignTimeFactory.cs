using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublishingPortal.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgreSqlPortalDbContext</c> build the context without the web host.
/// The connection string is never opened: adding a migration and scripting it need only the model.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPortalDbContext>
{
    /// <inheritdoc />
    public PostgreSqlPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql("Host=127.0.0.1;Database=design-time").Options);
}
