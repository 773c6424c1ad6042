namespace PublishingPortal.Core.Workflow;

/// <summary>
/// Which instance may run a periodic job (scheduled publishing and expiry) until when: one row per job. An
/// instance runs the job only while it holds the lease; it renews it on every run, and another instance takes
/// it over only after it has expired, so with several instances on one database each due article is handled
/// by one of them.
/// </summary>
public class ScheduleLease
{
    /// <summary>The job's name (the key), e.g. <c>schedule</c>; at most 64 characters.</summary>
    public string Name { get; set; } = "";

    /// <summary>The holding instance: machine name and a per-process id, at most 200 characters.</summary>
    public string Holder { get; set; } = "";

    /// <summary>UTC instant after which another instance may take the lease.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
