namespace PublishingPortal.Data;

/// <summary>Database engines the portal runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite file (default): one small machine.</summary>
    Sqlite,

    /// <summary>Microsoft SQL Server: several instances.</summary>
    SqlServer,

    /// <summary>PostgreSQL: several instances.</summary>
    PostgreSql,
}
