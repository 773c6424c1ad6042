using System.ComponentModel.DataAnnotations;

namespace PublishingPortal.Web.Newsroom;

/// <summary>Settings of the scheduled publish/expiry job, section <c>Schedule</c>.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Schedule";

    /// <summary>Seconds between runs (1–60, default 20), so an article goes live within a minute of its time.</summary>
    [Range(1, 60)]
    public int IntervalSeconds { get; set; } = 20;

    /// <summary>Turn the job off on all but one instance if several share a database (default on).</summary>
    public bool Enabled { get; set; } = true;
}
