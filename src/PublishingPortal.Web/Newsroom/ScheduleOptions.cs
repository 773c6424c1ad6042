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

    /// <summary>Run the job on this instance (default on). Leave it on everywhere when several instances share a database: the schedule lease (<see cref="ScheduleLeaseClaim"/>) lets one of them run it at a time.</summary>
    public bool Enabled { get; set; } = true;
}
