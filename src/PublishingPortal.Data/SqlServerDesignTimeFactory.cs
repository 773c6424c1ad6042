using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublishingPortal.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context SqlServerPortalDbContext</c> build the context without the web host.
/// The connection string is never opened: adding a migration and scripting it need only the model.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    /// <inheritdoc />
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=127.0.0.1;Database=design-time").Options);
}
