using Microsoft.EntityFrameworkCore;

namespace PublishingPortal.Data;

/// <summary>
/// The SQL Server flavour of <see cref="PortalDbContext"/> (<c>datetimeoffset</c> columns natively).
/// Its migrations are in <c>Migrations/SqlServer</c>.
/// </summary>
public sealed class SqlServerPortalDbContext : PortalDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">SQL Server options.</param>
    public SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options)
        : base(options)
    {
    }
}
