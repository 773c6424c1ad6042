using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Data;

/// <summary>Deployment settings for the database, section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Engine; <see cref="DatabaseProvider.Sqlite"/> unless configured.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (default true); turn off where a release job migrates.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
