namespace PublishingPortal.Web.Newsroom;

/// <summary>This process's name as a lease holder: machine name and a random id, so two processes on one machine differ.</summary>
public sealed class ScheduleInstance
{
    /// <summary>e.g. <c>web-01:3f2b…</c>; at most 200 characters.</summary>
    public string Id { get; } = (Environment.MachineName.Length > 160 ? Environment.MachineName[..160] : Environment.MachineName) + ":" + Guid.NewGuid().ToString("N");
}
