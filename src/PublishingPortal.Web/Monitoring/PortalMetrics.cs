using System.Diagnostics.Metrics;

namespace PublishingPortal.Web.Monitoring;

/// <summary>
/// The portal's own instruments, Meter <c>PublishingPortal</c> (docs/operations.md, "Metrics"; decision 010).
/// Recording costs nothing measurable when nothing listens (metrics disabled): the instruments exist either way.
/// Names follow the OpenTelemetry conventions (dots, unit in <c>unit</c>); the Prometheus exporter turns
/// <c>portal.output_cache.hits</c> into <c>portal_output_cache_hits_total</c> and a histogram in seconds into
/// <c>…_seconds_bucket</c>, <c>…_seconds_sum</c>, <c>…_seconds_count</c>.
/// </summary>
public sealed class PortalMetrics
{
    /// <summary>Meter name, to be listened to by OpenTelemetry (<see cref="MetricsSetup"/>) or <c>dotnet-counters</c>.</summary>
    public const string MeterName = "PublishingPortal";

    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Histogram<double> _searchDuration;
    private readonly Histogram<long> _searchResults;
    private readonly Counter<long> _viewCountFlushes;
    private readonly Counter<long> _viewsWritten;
    private readonly Counter<long> _scheduleTransitions;

    /// <summary>Creates the instruments on a meter owned by the host's <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The host's factory (disposed with the host, which ends the meter).</param>
    public PortalMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _cacheHits = meter.CreateCounter<long>(
            "portal.output_cache.hits", "{response}", "Reader responses (pages, lists, feeds) served from the output cache.");
        _cacheMisses = meter.CreateCounter<long>(
            "portal.output_cache.misses", "{response}", "Cacheable reader responses that were not in the output cache and were rendered.");
        _searchDuration = meter.CreateHistogram(
            "portal.search.duration", "s", "Time of one reader search (count and page of results) in the database, in seconds.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _searchResults = meter.CreateHistogram(
            "portal.search.results", "{article}", "Articles matching one reader search (the total, not the page).",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [0, 1, 5, 10, 20, 50, 100, 500, 1000, 5000] });
        _viewCountFlushes = meter.CreateCounter<long>(
            "portal.view_counts.flushes", "{flush}", "Writes of the buffered view counts; outcome = written or failed (counts kept for the next try).");
        _viewsWritten = meter.CreateCounter<long>(
            "portal.view_counts.views", "{view}", "Article views written to the database by the flushes.");
        _scheduleTransitions = meter.CreateCounter<long>(
            "portal.schedule.transitions", "{article}", "Articles the schedule job published or expired; action = publish or expire.");
    }

    /// <summary>A reader response came from the output cache.</summary>
    public void OutputCacheHit() => _cacheHits.Add(1);

    /// <summary>A cacheable reader response was not cached and the app rendered it.</summary>
    public void OutputCacheMiss() => _cacheMisses.Add(1);

    /// <summary>Records one search.</summary>
    /// <param name="duration">Wall time of the provider's search.</param>
    /// <param name="total">Matching articles.</param>
    public void SearchCompleted(TimeSpan duration, int total)
    {
        _searchDuration.Record(duration.TotalSeconds);
        _searchResults.Record(total);
    }

    /// <summary>Records one flush of the view-count buffer.</summary>
    /// <param name="views">Views in the flush (summed over articles).</param>
    /// <param name="written">False when the write failed and the counts were put back.</param>
    public void ViewCountsFlushed(long views, bool written)
    {
        _viewCountFlushes.Add(1, new KeyValuePair<string, object?>("outcome", written ? "written" : "failed"));
        if (written)
        {
            _viewsWritten.Add(views);
        }
    }

    /// <summary>Records what one run of the schedule job changed (nothing is added for zero).</summary>
    /// <param name="published">Articles published.</param>
    /// <param name="expired">Articles expired.</param>
    public void ScheduleRan(int published, int expired)
    {
        if (published > 0)
        {
            _scheduleTransitions.Add(published, new KeyValuePair<string, object?>("action", "publish"));
        }

        if (expired > 0)
        {
            _scheduleTransitions.Add(expired, new KeyValuePair<string, object?>("action", "expire"));
        }
    }
}
