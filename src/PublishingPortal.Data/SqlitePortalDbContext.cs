using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PublishingPortal.Data;

/// <summary>
/// The SQLite flavour of <see cref="PortalDbContext"/>; its migrations are in <c>Migrations/Sqlite</c>.
/// SQLite has no date-time type, and EF Core's SQLite provider cannot compare or order
/// <see cref="DateTimeOffset"/> in SQL, so every <see cref="DateTimeOffset"/> is stored as its UTC
/// ticks (a 64-bit integer), which orders correctly.
/// </summary>
public sealed class SqlitePortalDbContext : PortalDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">SQLite options.</param>
    public SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
    {
        public UtcTicksConverter()
            : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
        {
        }
    }
}
