using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Claims the <see cref="ScheduleLease"/> row of a job for this instance with one conditional UPDATE (held by
/// this instance, or expired), inserting the row the first time; the database makes the claim atomic, so of
/// several instances claiming at once exactly one succeeds. The lease lasts
/// <see cref="LeaseDuration"/>: three intervals, at least 60 s, so a stopped holder is replaced within that time.
/// </summary>
public sealed class ScheduleLeaseClaim
{
    /// <summary>Lease name of scheduled publishing and expiry.</summary>
    public const string ScheduleJob = "schedule";

    private readonly PortalDbContext _db;
    private readonly ScheduleInstance _instance;
    private readonly ScheduleOptions _options;

    /// <summary>Creates the claim.</summary>
    /// <param name="db">The context.</param>
    /// <param name="instance">This process's holder id.</param>
    /// <param name="options">The job's interval.</param>
    public ScheduleLeaseClaim(PortalDbContext db, ScheduleInstance instance, IOptions<ScheduleOptions> options)
    {
        _db = db;
        _instance = instance;
        _options = options.Value;
    }

    /// <summary>How long a claim holds: 3 × <c>Schedule:IntervalSeconds</c>, at least 60 s.</summary>
    public TimeSpan LeaseDuration => TimeSpan.FromSeconds(Math.Max(60, 3 * _options.IntervalSeconds));

    /// <summary>Takes or renews the lease of <paramref name="job"/> for this instance.</summary>
    /// <param name="job">Lease name, e.g. <see cref="ScheduleJob"/>.</param>
    /// <param name="now">The run's instant (UTC).</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>True when this instance holds the lease until <paramref name="now"/> + <see cref="LeaseDuration"/>; false when another instance holds an unexpired one.</returns>
    public async Task<bool> TryClaimAsync(string job, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var holder = _instance.Id;
        var until = now + LeaseDuration;
        var claimed = await _db.ScheduleLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (claimed == 1)
        {
            return true;
        }

        if (await _db.ScheduleLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        // First run on this database: the primary key lets one of several inserting instances win.
        var lease = new ScheduleLease { Name = job, Holder = holder, ExpiresAt = until };
        _db.ScheduleLeases.Add(lease);
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            _db.Entry(lease).State = EntityState.Detached;
        }
    }
}
