namespace PublishingPortal.Core.Auditing;

/// <summary>
/// One line of the audit log: who did what, when, to what, from which IP. Written by the system,
/// never edited or deleted from the UI.
/// </summary>
public class AuditEntry
{
    /// <summary>Database identity.</summary>
    public long Id { get; set; }

    /// <summary>UTC instant.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Identity id of the user, or null (anonymous sign-in attempt, system job).</summary>
    public string? UserId { get; set; }

    /// <summary>User name or e-mail typed (for failed sign-ins) or the account's name; "hệ thống" for jobs.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Machine-readable action, one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to, e.g. "Article:42" or "User:…"; empty for sign-ins.</summary>
    public string Target { get; set; } = "";

    /// <summary>Human-readable detail in Vietnamese (e.g. the reason for sending back).</summary>
    public string Details { get; set; } = "";

    /// <summary>Client IP address as the server saw it, or empty.</summary>
    public string IpAddress { get; set; } = "";
}
